// @vitest-environment happy-dom
// Every field of parseSignature on invented signatures: languages, layouts, separators, quotes,
// disclaimers and phone footers. A field missing from `want` must come back undefined.
import { describe, expect, it } from 'vitest';
import { parseSignature, type Signature } from '../../../../lib/sites/gmail';
import { renderedBody } from './fixture-doc';

type Case = { label: string; sender: [string | undefined, string]; body: string; html?: boolean; want: Partial<Signature> };

const lines = (...text: string[]) => text.join('\n');
const hi = 'Hi Sam,\n\nThanks for the call today, here is the follow-up.\n';

const CASES: Case[] = [
  {
    label: 'en: closing, name, title, company with Inc., labelled phone, www website',
    sender: ['John Carter', 'john.carter@acmewidgets.example'],
    body: lines(hi, 'Best regards,', 'John Carter', 'Sales Director', 'Acme Widgets Inc.', 'Phone: +1 (312) 555-0143', 'www.acmewidgets.example'),
    want: { title: 'Sales Director', company: 'Acme Widgets Inc.', phones: ['+1 (312) 555-0143'], website: 'https://www.acmewidgets.example', closing: 'Best regards' },
  },
  {
    label: 'en: "Title at Company" and the address in the signature',
    sender: ['Mei Chen', 'mei@brightline.example'],
    body: lines(hi, 'Thanks,', 'Mei Chen', 'Head of Growth at Brightline', 'mei@brightline.example'),
    want: { title: 'Head of Growth', company: 'Brightline', emails: ['mei@brightline.example'], closing: 'Thanks' },
  },
  {
    label: 'en: "Title | Company | phone" on one line',
    sender: ['Oliver Stone', 'oliver@quantix.example'],
    body: lines(hi, 'Cheers,', 'Oliver Stone', 'CTO | Quantix Ltd | +44 20 7946 0011'),
    want: { title: 'CTO', company: 'Quantix Ltd', phones: ['+44 20 7946 0011'], closing: 'Cheers' },
  },
  {
    label: 'sv: VD, AB with ampersand, Box address',
    sender: ['Karin Ek', 'karin.ek@ekstrom.example'],
    body: lines('Hej Sam,', '', 'Tack för mötet.', '', 'Med vänliga hälsningar', '', 'Karin Ek', 'VD', 'Ekström & Partners AB', 'Tel: 08-555 123 45', 'Box 123, 101 23 Stockholm'),
    want: { title: 'VD', company: 'Ekström & Partners AB', phones: ['08-555 123 45'], address: 'Box 123, 101 23 Stockholm', closing: 'Med vänliga hälsningar' },
  },
  {
    label: 'sv: Mvh and "Title, Company"',
    sender: ['Johan Nilsson', 'johan.nilsson@byggmax.example'],
    body: lines('Hej!', '', 'Vi hörs.', '', 'Mvh', 'Johan Nilsson', 'Säljare, Byggmax Proffs AB', '070-765 43 21'),
    want: { title: 'Säljare', company: 'Byggmax Proffs AB', phones: ['070-765 43 21'], closing: 'Mvh' },
  },
  {
    label: 'nb: Daglig leder, AS, Oslo address',
    sender: ['Ola Nordmann', 'ola@fjordtech.example'],
    body: lines('Hei,', '', 'Takk for sist.', '', 'Vennlig hilsen', 'Ola Nordmann', 'Daglig leder', 'Fjordtech AS', 'Mob: +47 412 34 567', 'Karl Johans gate 1, 0154 Oslo'),
    want: { title: 'Daglig leder', company: 'Fjordtech AS', phones: ['+47 412 34 567'], address: 'Karl Johans gate 1, 0154 Oslo', closing: 'Vennlig hilsen' },
  },
  {
    label: 'da: Salgschef, ApS, København address',
    sender: ['Mette Hansen', 'mette@nordlys.example'],
    body: lines('Hej,', '', 'Tak for i dag.', '', 'Med venlig hilsen', 'Mette Hansen', 'Salgschef', 'Nordlys ApS', 'Tlf.: +45 32 12 34 56', 'Bredgade 30, 1260 København K'),
    want: { title: 'Salgschef', company: 'Nordlys ApS', phones: ['+45 32 12 34 56'], address: 'Bredgade 30, 1260 København K', closing: 'Med venlig hilsen' },
  },
  {
    label: 'de: Geschäftsführer, GmbH, two-line address, website',
    sender: ['Klaus Weber', 'k.weber@weber-maschinenbau.example'],
    body: lines('Hallo Sam,', '', 'anbei das Angebot.', '', 'Mit freundlichen Grüßen', '', 'Klaus Weber', 'Geschäftsführer', 'Weber Maschinenbau GmbH', 'Hauptstraße 15', '10115 Berlin', 'Tel. +49 30 1234567', 'www.weber-maschinenbau.example'),
    want: { title: 'Geschäftsführer', company: 'Weber Maschinenbau GmbH', phones: ['+49 30 1234567'], website: 'https://www.weber-maschinenbau.example', address: 'Hauptstraße 15, 10115 Berlin', closing: 'Mit freundlichen Grüßen' },
  },
  {
    label: 'fr: Directrice commerciale, SAS, rue address',
    sender: ['Sophie Martin', 'sophie.martin@lumiere.example'],
    body: lines('Bonjour Sam,', '', 'Merci pour votre retour.', '', 'Cordialement,', '', 'Sophie Martin', 'Directrice commerciale', 'Lumière Conseil SAS', 'Tél : +33 1 42 68 53 00', '8 rue de la Paix, 75002 Paris'),
    want: { title: 'Directrice commerciale', company: 'Lumière Conseil SAS', phones: ['+33 1 42 68 53 00'], address: '8 rue de la Paix, 75002 Paris', closing: 'Cordialement' },
  },
  {
    label: 'es: Director de Ventas, SL, Calle address',
    sender: ['Carlos García', 'carlos@iberia-soluciones.example'],
    body: lines('Hola Sam,', '', 'Te envío la propuesta.', '', 'Saludos,', 'Carlos García', 'Director de Ventas', 'Soluciones Iberia SL', 'Móvil: +34 612 345 678', 'Calle de Alcalá 50, 28014 Madrid'),
    want: { title: 'Director de Ventas', company: 'Soluciones Iberia SL', phones: ['+34 612 345 678'], address: 'Calle de Alcalá 50, 28014 Madrid', closing: 'Saludos' },
  },
  {
    label: '"-- " delimiter without a closing; email and phone on one line',
    sender: ['Nina Patel', 'nina@orbital.example'],
    body: lines('See you then.', '-- ', 'Nina Patel', 'Product Manager, Orbital Labs Inc.', 'nina@orbital.example | +1 415 555 0110'),
    want: { title: 'Product Manager', company: 'Orbital Labs Inc.', phones: ['+1 415 555 0110'], emails: ['nina@orbital.example'] },
  },
  {
    label: 'one line split by "·"; company recognised from the email domain',
    sender: ['Leo Park', 'leo@parkside.example'],
    body: lines(hi, 'Best,', 'Leo Park · Founder & CEO · Parkside Analytics · https://parkside.example'),
    want: { title: 'Founder & CEO', company: 'Parkside Analytics', website: 'https://parkside.example', closing: 'Best' },
  },
  {
    label: '"•" separators with labelled contacts',
    sender: ['Amira Haddad', 'amira@cedarhealth.example'],
    body: lines(hi, 'Regards,', 'Amira Haddad', 'Marketing Lead • Cedar Health Ltd', 'M: +44 7700 900456 • E: amira@cedarhealth.example'),
    want: { title: 'Marketing Lead', company: 'Cedar Health Ltd', phones: ['+44 7700 900456'], emails: ['amira@cedarhealth.example'], closing: 'Regards' },
  },
  {
    label: 'LinkedIn URL in text is canonicalised; GitHub is not a website',
    sender: ['Raj Mehta', 'raj.mehta@gmail.com'],
    body: lines(hi, 'Thanks!', 'Raj Mehta', 'Senior Software Engineer', 'linkedin.com/in/Raj-Mehta-Example', 'github.com/rajm'),
    want: { title: 'Senior Software Engineer', linkedinUrl: 'https://www.linkedin.com/in/raj-mehta-example/', closing: 'Thanks' },
  },
  {
    label: 'freelancer on free mail: title only, national phone, https website',
    sender: ['Emma Wilson', 'emma.wilson.design@gmail.com'],
    body: lines(hi, 'Kind regards,', 'Emma Wilson', 'Freelance Designer', '07700 900789', 'https://emmawilson.example'),
    want: { title: 'Freelance Designer', phones: ['07700 900789'], website: 'https://emmawilson.example', closing: 'Kind regards' },
  },
  {
    label: '"Sent from my iPhone" alone is no signature',
    sender: ['Ryan Cole', 'ryan@cole.example'],
    body: lines('Sounds good, talk tomorrow.', '', 'Sent from my iPhone'),
    want: {},
  },
  {
    label: '"Skickat från min iPhone" alone is no signature',
    sender: ['Sara Holm', 'sara@holm.example'],
    body: lines('Låter bra!', '', 'Skickat från min iPhone'),
    want: {},
  },
  {
    label: 'English disclaimer: its phone number is not the sender\'s',
    sender: ['Tom Baker', 'tom.baker@harborfreight.example'],
    body: lines(hi, 'Best regards,', 'Tom Baker', 'Operations Manager', 'Harbor Freight Lines Ltd', '+44 161 496 0123', '', 'This e-mail and any attachments are confidential and intended solely for the addressee. If you received it in error, call +44 161 496 0999.'),
    want: { title: 'Operations Manager', company: 'Harbor Freight Lines Ltd', phones: ['+44 161 496 0123'], closing: 'Best regards' },
  },
  {
    label: 'Swedish disclaimer is cut off',
    sender: ['Eva Sjöberg', 'eva@sjobergrevision.example'],
    body: lines('Hej,', '', 'Vänliga hälsningar', 'Eva Sjöberg', 'Ekonomichef', 'Sjöberg Revision AB', 'Detta e-postmeddelande är konfidentiellt och avsett endast för mottagaren. Ring 08-999 99 99 om det kommit fel.'),
    want: { title: 'Ekonomichef', company: 'Sjöberg Revision AB', closing: 'Vänliga hälsningar' },
  },
  {
    label: 'en quote "On … wrote:" hides the quoted signature',
    sender: ['Sara Olsen', 'sara@olsen.example'],
    body: lines('Yes, Thursday works.', '', 'Best,', 'Sara', '', 'On Tue, Aug 19, 2025 at 10:02 AM Mark Lee <mark@lee.example> wrote:', '> Hi Sara,', '> Mark Lee', '> CEO, Lee Ventures Inc.', '> +1 555 0100 999'),
    want: { closing: 'Best' },
  },
  {
    label: 'sv quote "Den … skrev …:" without ">" markers',
    sender: ['Per Ek', 'per@ek.example'],
    body: lines('Bra, då kör vi.', '', 'Hälsningar', 'Per', '', 'Den tis 19 aug. 2025 kl 10:02 skrev Lisa Berg <lisa@berg.example>:', 'Lisa Berg', 'Marknadschef', 'Berg Media AB', '070-111 22 33'),
    want: { closing: 'Hälsningar' },
  },
  {
    label: 'de quote "Am … schrieb …:"',
    sender: ['Jan Vogel', 'jan@vogel.example'],
    body: lines('Passt.', '', 'Gruß', 'Jan', '', 'Am Di., 19. Aug. 2025 um 10:02 Uhr schrieb Eva Klein <eva@klein.example>:', 'Eva Klein', 'Vertriebsleiterin', 'Klein AG', '+49 89 123456'),
    want: { closing: 'Gruß' },
  },
  {
    label: 'fr quote "Le … a écrit :"',
    sender: ['Luc Petit', 'luc@petit.example'],
    body: lines("D'accord.", '', 'Merci,', 'Luc', '', 'Le mar. 19 août 2025 à 10:02, Anne Roy <anne@roy.example> a écrit :', 'Anne Roy', 'Gérante', 'Roy SARL', '+33 6 12 34 56 78'),
    want: { closing: 'Merci' },
  },
  {
    label: 'es quote "El … escribió:" wrapped over two lines',
    sender: ['Ana Torres', 'ana@torres.example'],
    body: lines('Perfecto.', '', 'Gracias,', 'Ana', '', 'El mar, 19 ago 2025 a las 10:02, Luis Gómez (<luis@gomez.example>)', 'escribió:', 'Luis Gómez', 'Gerente General', 'Gómez SL'),
    want: { closing: 'Gracias' },
  },
  {
    label: 'Outlook "-----Original Message-----" hides the quoted signature',
    sender: ['Ben Hart', 'ben@hart.example'],
    body: lines('OK.', '', 'Regards,', 'Ben', '', '-----Original Message-----', 'From: Chris Doe', 'Sent: Monday, August 18, 2025 9:00 AM', 'Chris Doe', 'VP Marketing', 'Doe Corp'),
    want: { closing: 'Regards' },
  },
  {
    label: 'HTML gmail_signature: tel: link, LinkedIn icon, website link',
    sender: ['Isabel Reyes', 'isabel@vertex.example'],
    html: true,
    body: '<div>Hi,<br>see attached.</div><div>-- </div><div class="gmail_signature" data-smartmail="gmail_signature"><b>Isabel Reyes</b><br>Account Manager<br>Vertex Solutions LLC<br><a href="tel:+13125550177">Call me</a> <a href="https://www.linkedin.com/in/isabelreyes-example?trk=sig"><img alt=""></a> <a href="https://vertex.example/">Website</a></div>',
    want: { title: 'Account Manager', company: 'Vertex Solutions LLC', phones: ['+13125550177'], linkedinUrl: 'https://www.linkedin.com/in/isabelreyes-example/', website: 'https://vertex.example' },
  },
  {
    label: 'HTML blockquote: a quoted colleague\'s signature is not the sender\'s',
    sender: ['Noah Brooks', 'noah@brooks.example'],
    html: true,
    body: '<div>Agreed.<br><br>Best,<br>Noah</div><blockquote>Noah, here are my details<br>Zoe Kim<br>Chief Revenue Officer<br>Kim Partners LLP<br>+1 646 555 0123</blockquote>',
    want: { closing: 'Best' },
  },
  {
    label: '"Name, Title" on one line, Finnish Oy',
    sender: ['Grace Liu', 'grace@teal.example'],
    body: lines(hi, 'Thanks,', 'Grace Liu, Head of Partnerships', 'Teal Systems Oy', '+358 40 123 4567'),
    want: { title: 'Head of Partnerships', company: 'Teal Systems Oy', phones: ['+358 40 123 4567'], closing: 'Thanks' },
  },
  {
    label: 'company before title (Czech s.r.o.)',
    sender: ['Paul Novak', 'paul@novak.example'],
    body: lines(hi, 'Best regards', 'Paul Novak', 'Novak Engineering s.r.o.', 'Project Manager', '+420 601 123 456'),
    want: { title: 'Project Manager', company: 'Novak Engineering s.r.o.', phones: ['+420 601 123 456'], closing: 'Best regards' },
  },
  {
    label: 'title by position (no keyword), company from the email domain',
    sender: ['Helen Park', 'helen@blueriver.example'],
    body: lines(hi, 'Regards,', 'Helen Park', 'People & Culture', 'Blueriver', '+1 206 555 0144'),
    want: { title: 'People & Culture', company: 'Blueriver', phones: ['+1 206 555 0144'], closing: 'Regards' },
  },
  {
    label: 'two addresses separated by "/", international phone',
    sender: ['Ivan Petrov', 'ivan@petrov.example'],
    body: lines(hi, 'Best,', 'Ivan Petrov', 'ivan@petrov.example / ivan.petrov@gmail.com', '+7 495 123 45 67'),
    want: { phones: ['+7 495 123 45 67'], emails: ['ivan@petrov.example', 'ivan.petrov@gmail.com'], closing: 'Best' },
  },
  {
    label: 'fax numbers are not phones; Polish Sp. z o.o.',
    sender: ['Marta Kowalska', 'marta@polbud.example'],
    body: lines(hi, 'Kind regards,', 'Marta Kowalska', 'Office Manager', 'Polbud Sp. z o.o.', 'Tel: +48 22 123 45 67', 'Fax: +48 22 123 45 68'),
    want: { title: 'Office Manager', company: 'Polbud Sp. z o.o.', phones: ['+48 22 123 45 67'], closing: 'Kind regards' },
  },
  {
    label: 'Swedish organisation number is not a phone',
    sender: ['Linnea Ström', 'linnea@stromit.example'],
    body: lines('Hej,', '', 'Mvh', 'Linnea Ström', 'Konsult', 'Ström IT AB', 'Org.nr 556677-8899', '+46 31 123 45 67'),
    want: { title: 'Konsult', company: 'Ström IT AB', phones: ['+46 31 123 45 67'], closing: 'Mvh' },
  },
  {
    label: 'a region after the comma stays in the title',
    sender: ['David Cohen', 'david@skyline.example'],
    body: lines(hi, 'Best regards,', 'David Cohen', 'Head of Sales, Nordics', 'Skyline Software Ltd', '+46 8 505 123 45'),
    want: { title: 'Head of Sales, Nordics', company: 'Skyline Software Ltd', phones: ['+46 8 505 123 45'], closing: 'Best regards' },
  },
  {
    label: 'office and mobile phones on one line',
    sender: ["Liam O'Brien", 'liam@celticcloud.example'],
    body: lines(hi, 'Cheers,', "Liam O'Brien", 'Director of Engineering', 'Celtic Cloud Ltd', 'Office: +353 1 234 5678 | Mobile: +353 87 123 4567'),
    want: { title: 'Director of Engineering', company: 'Celtic Cloud Ltd', phones: ['+353 1 234 5678', '+353 87 123 4567'], closing: 'Cheers' },
  },
  {
    label: 'US number without country code; bare .io website',
    sender: ['Maya Johnson', 'maya@talentbridge.example'],
    body: lines(hi, 'Thanks,', 'Maya Johnson', 'Recruiter', 'TalentBridge Inc', '(555) 010-0199', 'talentbridge.io'),
    want: { title: 'Recruiter', company: 'TalentBridge Inc', phones: ['(555) 010-0199'], website: 'https://talentbridge.io', closing: 'Thanks' },
  },
  {
    label: 'closing and first name on one line',
    sender: ['Anna Berg', 'anna@berglogistik.example'],
    body: lines('Hi,', '', 'Best, Anna', 'Anna Berg', 'COO', 'Berg Logistik AB'),
    want: { title: 'COO', company: 'Berg Logistik AB', closing: 'Best' },
  },
  {
    label: 'first name only',
    sender: ['Quinn Avery', 'quinn@avery.example'],
    body: lines('Works for me.', '', 'Thanks!', 'Quinn'),
    want: { closing: 'Thanks' },
  },
  {
    label: 'prose with a title word is not a title',
    sender: ['Zara Ali', 'zara@ali.example'],
    body: lines('We discussed the sales strategy with our manager yesterday.', 'Let us pick it up next week.'),
    want: {},
  },
  {
    label: 'es: "Title en Company"',
    sender: ['Lucía Fernández', 'lucia@nuberoja.example'],
    body: lines('Hola,', '', 'Un saludo,', 'Lucía Fernández', 'Ingeniera de Software en Nube Roja SL'),
    want: { title: 'Ingeniera de Software', company: 'Nube Roja SL', closing: 'Un saludo' },
  },
  {
    label: 'de: "Title bei Company"',
    sender: ['Jonas Becker', 'jonas.becker@nordwerk.example'],
    body: lines('Hallo,', '', 'Viele Grüße', 'Jonas Becker', 'Vertriebsleiter bei Nordwerk GmbH', 'Mobil: 0171 1234567'),
    want: { title: 'Vertriebsleiter', company: 'Nordwerk GmbH', phones: ['0171 1234567'], closing: 'Viele Grüße' },
  },
  {
    label: 'sv: "VD på Company"',
    sender: ['Björn Ek', 'bjorn@fjallbo.example'],
    body: lines('Hej,', '', 'Hälsningar', 'Björn Ek', 'VD på Fjällbo AB'),
    want: { title: 'VD', company: 'Fjällbo AB', closing: 'Hälsningar' },
  },
  {
    label: 'fr: "Title chez Company"',
    sender: ['Camille Roux', 'camille@optiquelune.example'],
    body: lines('Bonjour,', '', 'Bien à vous,', 'Camille Roux', 'Responsable des ventes chez Optique Lune'),
    want: { title: 'Responsable des ventes', company: 'Optique Lune', closing: 'Bien à vous' },
  },
  {
    label: 'nb: "Title i Company"',
    sender: ['Kari Dahl', 'kari@havbris.example'],
    body: lines('Hei,', '', 'Mvh', 'Kari Dahl', 'Salgssjef i Havbris AS', '+47 22 12 34 56'),
    want: { title: 'Salgssjef', company: 'Havbris AS', phones: ['+47 22 12 34 56'], closing: 'Mvh' },
  },
  {
    label: '"Title – Company" with an en dash',
    sender: ['Felix Braun', 'felix@fabrikam.example'],
    body: lines(hi, 'Beste Grüße', 'Felix Braun', 'CTO – Fabrikam GmbH'),
    want: { title: 'CTO', company: 'Fabrikam GmbH', closing: 'Beste Grüße' },
  },
  {
    label: 'UK address over three lines, country included',
    sender: ['George Hill', 'george@hillandsons.example'],
    body: lines(hi, 'Kind regards', 'George Hill', 'Finance Director', 'Hill & Sons Ltd', '221B Baker Street', 'London NW1 6XE', 'United Kingdom'),
    want: { title: 'Finance Director', company: 'Hill & Sons Ltd', address: '221B Baker Street, London NW1 6XE, United Kingdom', closing: 'Kind regards' },
  },
  {
    label: 'website with a path keeps it; social links are ignored',
    sender: ['Olivia Brown', 'olivia@brownstudio.example'],
    body: lines(hi, 'Warm regards,', 'Olivia Brown', 'Creative Director', 'https://www.brownstudio.example/en/', 'twitter.com/oliviabrown', 'calendly.com/olivia-brown'),
    want: { title: 'Creative Director', website: 'https://www.brownstudio.example/en/', closing: 'Warm regards' },
  },
  {
    label: 'Outlook "From:/Sent:" header quote without markers',
    sender: ['Peter Quill', 'peter@initech.example'],
    body: lines('Noted.', '', 'Peter', '', 'From: Jane Roe <jane.roe@initech.example>', 'Sent: Tuesday, August 19, 2025 10:02 AM', 'To: Peter Quill', 'Subject: Budget', '', 'Jane Roe', 'VP Engineering', 'Initech Inc.', '+1 555 0100 200'),
    want: {},
  },
  {
    label: 'unknown sender name: name line found by position after the closing',
    sender: [undefined, 'al@firmament.example'],
    body: lines(hi, 'Best regards,', 'Annie Leigh', 'Chief of Staff', 'Firmament Partners LLP', '+44 20 7946 0777'),
    want: { title: 'Chief of Staff', company: 'Firmament Partners LLP', phones: ['+44 20 7946 0777'], closing: 'Best regards' },
  },
];

describe('parseSignature: table of invented signatures', () => {
  it('has at least 40 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(40));

  it.each(CASES)('$label', ({ sender, body, html, want }) => {
    const [name, email] = sender;
    const input = html ? renderedBody(body) : body;
    const expected: Signature = {
      title: undefined, company: undefined, website: undefined, linkedinUrl: undefined, address: undefined,
      closing: undefined, ...want, phones: want.phones ?? [], emails: want.emails ?? [],
    };
    expect(parseSignature(input, name ? { name, email } : { email })).toEqual(expected);
  });
});
