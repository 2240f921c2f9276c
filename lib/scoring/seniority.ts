/**
 * Title keywords per seniority tier, by language. Pure data: the default scoring model copies
 * them into its criteria, where the user can edit them.
 *
 * Syntax (see keywords.ts): matched case-insensitively as whole words; a space or hyphen also
 * matches "no gap" ("co-founder" = "cofounder"); a leading `*` lets the keyword end a longer
 * word, because Swedish, German and Norwegian/Danish build titles as compounds
 * ("försäljnings|chef", "vertriebs|leiter", "salgs|direktør").
 */
export type SeniorityTier = 'clevel' | 'vp' | 'head' | 'director' | 'manager' | 'ic' | 'junior';

type Table = Readonly<Record<'en' | 'sv' | 'de' | 'fr' | 'es' | 'nbda', readonly string[]>>;

const TIERS: Readonly<Record<SeniorityTier, Table>> = {
  clevel: {
    en: ['ceo', 'cto', 'cfo', 'coo', 'cmo', 'cro', 'cio', 'ciso', 'cpo', 'cco', 'cdo', 'chief', '*founder', 'owner',
      'president', 'chairman', 'chairwoman', 'chairperson', 'managing director', 'managing partner', 'proprietor'],
    sv: ['vd', 'verkställande direktör', '*grundare', 'ägare', 'delägare', 'ordförande', 'styrelseordförande', 'koncernchef'],
    de: ['geschäftsführer', 'geschäftsführerin', '*vorstand', 'vorstandsvorsitzender', 'inhaber', 'inhaberin',
      '*gründer', '*gründerin'],
    fr: ['pdg', 'président', 'présidente', 'directeur général', 'directrice générale', 'dg', '*fondateur',
      '*fondatrice', 'gérant', 'gérante', 'dirigeant', 'dirigeante'],
    es: ['consejero delegado', 'consejera delegada', 'director general', 'directora general', 'director ejecutivo',
      'directora ejecutiva', 'gerente general', '*fundador', '*fundadora', 'propietario', 'propietaria', 'dueño',
      'dueña', 'presidente', 'presidenta'],
    nbda: ['daglig leder', 'administrerende direktør', 'adm. direktør', 'adm. dir.', 'gründer', '*grundlægger',
      'eier', 'ejer', 'indehaver', 'innehaver', 'styreleder', 'bestyrelsesformand', 'konsernsjef'],
  },
  vp: {
    en: ['vp', 'vice president', 'svp', 'evp'],
    sv: ['vice vd', 'ställföreträdande vd', 'vice verkställande direktör'],
    de: ['vizepräsident', 'vizepräsidentin'],
    fr: ['vice-président', 'vice-présidente'],
    es: ['vicepresidente', 'vicepresidenta'],
    nbda: ['visepresident', 'vicepræsident', 'viseadministrerende direktør', 'vicedirektør'],
  },
  head: {
    en: ['head'],
    sv: ['*chef'],
    de: ['*leiter', '*leiterin'],
    fr: ['chef des ventes'],
    es: ['jefe', 'jefa'],
    nbda: ['*sjef', '*chef', 'avdelingsleder', 'afdelingsleder'],
  },
  director: {
    en: ['director', 'executive director', 'general manager'],
    sv: ['*direktör'],
    de: ['*direktor', 'direktorin', 'prokurist', 'prokuristin'],
    fr: ['directeur', 'directrice'],
    es: ['director', 'directora'],
    nbda: ['*direktør'],
  },
  manager: {
    en: ['*manager', 'mgr', 'team lead', 'team leader', 'tech lead', 'supervisor', 'product owner'],
    sv: ['*ansvarig', '*ledare', 'gruppchef', 'teamchef'],
    de: ['teamleiter', 'teamleiterin', 'projektleiter', 'projektleiterin', 'gruppenleiter', 'gruppenleiterin'],
    fr: ['responsable', 'chef de projet', 'cheffe de projet', 'chef de produit'],
    es: ['gerente', 'responsable'],
    nbda: ['*leder', '*ansvarlig'],
  },
  ic: {
    en: ['engineer', 'developer', 'specialist', 'analyst', 'consultant', 'associate', 'representative', 'executive',
      'coordinator', 'assistant', 'advisor', 'adviser', 'designer', 'account manager', 'office manager', 'sdr', 'bdr',
      'recruiter', 'accountant', 'administrator'],
    sv: ['*säljare', '*ingenjör', '*utvecklare', '*konsult', '*specialist', 'handläggare', '*koordinator',
      '*assistent', '*rådgivare', '*analytiker', '*medarbetare'],
    de: ['*referent', '*referentin', 'sachbearbeiter', 'sachbearbeiterin', '*mitarbeiter', '*mitarbeiterin',
      '*berater', '*beraterin', '*entwickler', '*ingenieur', 'assistentin', '*spezialist'],
    fr: ['chargé', 'chargée', 'ingénieur', 'ingénieure', 'commercial', 'commerciale', 'conseiller', 'conseillère',
      'développeur', 'développeuse', 'assistante', 'consultante', 'technicien', 'analyste'],
    es: ['analista', 'ingeniero', 'ingeniera', 'ejecutivo', 'ejecutiva', 'asesor', 'asesora', 'consultor',
      'consultora', 'desarrollador', 'desarrolladora', 'coordinador', 'coordinadora', 'asistente', 'especialista'],
    nbda: ['*konsulent', '*rådgiver', '*medarbejder', '*medarbeider', '*sælger', '*selger', '*udvikler', '*utvikler',
      '*ingeniør'],
  },
  junior: {
    en: ['intern', 'internship', 'student', 'trainee', 'apprentice', 'working student'],
    sv: ['*praktikant', 'lärling'],
    de: ['praktikantin', '*werkstudent', 'werkstudentin', 'auszubildender', 'azubi'],
    fr: ['stagiaire', 'alternant', 'alternante', 'apprenti', 'apprentie', 'étudiant', 'étudiante'],
    es: ['becario', 'becaria', 'practicante', 'estudiante'],
    nbda: ['lærling', 'studerende'],
  },
};

/**
 * Phrases hidden from a tier before its keywords are tried: "Vice President" must not read
 * as "President", "VD-assistent" not as "VD", "Chef de projet" not as a Swedish "chef".
 */
const UNLESS: Readonly<Partial<Record<SeniorityTier, readonly string[]>>> = {
  clevel: ['vice president', 'vice-président', 'vice-présidente', 'vice chairman', 'chief of staff', 'product owner',
    'vice vd', 'ställföreträdande vd', 'vice verkställande direktör', 'vd-assistent', 'vd assistent',
    'viseadministrerende direktør', 'assistant to the ceo'],
  head: ['gruppchef', 'teamchef', 'chef de projet', 'cheffe de projet', 'chef de produit', 'teamleiter',
    'teamleiterin', 'projektleiter', 'projektleiterin', 'gruppenleiter', 'gruppenleiterin'],
  manager: ['account manager', 'office manager'],
};

/** Every keyword of a tier across languages, without repeats, in table order. */
export function seniorityKeywords(tier: SeniorityTier): string[] {
  return [...new Set(Object.values(TIERS[tier]).flat())];
}

/** The masking phrases of a tier (see UNLESS). */
export function seniorityUnless(tier: SeniorityTier): string[] {
  return [...(UNLESS[tier] ?? [])];
}
