/**
 * Every LinkedIn selector Pipewell uses, named by what it finds: fallback chains, most durable
 * first (structure, ARIA, data-*, hrefs; classes last), each entry dated. "L1–L6" are the real
 * pages in ../shared/fixtures/real/linkedin; dated file names are ours in tests/fixtures/linkedin.
 */
export const LINKEDIN_SELECTORS = {
  /** The page's main region: keeps the nav (and the signed-in viewer in it) out of every read. */
  pageMain: [
    // `main.scaffold-layout__main` 2024-07 L1–L5, hashed `main` 2025-09 L6, `main#workspace` 2026-05 SDUI.
    'main',
  ],
  /** The card a heading or anchor belongs to. */
  card: [
    // `section[data-view-name="profile-card"]` 2024-07 L1 … 2025-09 L6; `section[componentkey]` 2026-05 SDUI.
    'section',
  ],
  /** Any link: the contact-info-by-label fallback, links inside SDUI text lines. */
  link: [
    // `a` ("Contact info", "Kontaktinformation", …): 2024-07 L1 … 2026-05 SDUI (2026-05-profile-sdui.html).
    'a',
  ],
  /** Bare text lines of SDUI cards: top-card headline and location, search-result lines. */
  textLine: [
    // `<p>` with hashed classes: 2026-05 SDUI profile and search (2026-05-profile-sdui.html, 2026-05-search-people.html).
    'p',
  ],
  /** The visible twin of a heading or name (beside its `span.visually-hidden` duplicate). */
  visibleTwin: [
    // Card headings 2024-07 L1 … 2025-09 L6; result names 2023-06 (2023-06-search-people.html).
    'span[aria-hidden="true"]',
  ],
  /** A result row's photo, whose alt text is the person's name. */
  photo: [
    // `img.presence-entity__image[alt]` 2023-06; `figure > img[alt]` 2026-05 (both search fixtures).
    'img[alt]',
  ],
  /** The link inside a company fact (`dd`): the website. */
  externalLink: [
    // `dd > a.link-without-visited-state[href]`: 2024-07 /about/ (2024-07-company-about.html).
    'a[href]',
  ],
  /** The profile's top card: name, headline, location, contact-info link. */
  profileTopCard: [
    // componentkey "com.linkedin.sdui.profile.card.ref<urn>Topcard": 2026-05 SDUI (2026-05-profile-sdui.html).
    '[componentkey$="Topcard"]',
    // Ember top card `section.artdeco-card[data-member-id]`: 2024-07 L1–L5, 2025-09 L6.
    'section[data-member-id]',
    // Structure: the card holding the page's only `h1`, 2024-07 L1–L5, 2025-09 L6.
    'main section:has(h1)',
  ],
  /** The name heading inside the top card. */
  profileName: [
    // `h1` (class `text-heading-xlarge` until 2024-08 L1–L5, hashed 2025-09 L6).
    'h1',
    // `h2` inside the Topcard: 2026-05 SDUI (2026-05-profile-sdui.html).
    'h2',
  ],
  /** The name heading when no top card was recognised; scoped to `main`, never the nav. */
  profileNameLoose: [
    // 2024-07 L1–L5 and 2025-09 L6: the only `h1` in `main`.
    'main h1',
    // Class fallback, 2024-08 L1–L5 (gone 2025-09 L6).
    'h1.text-heading-xlarge',
  ],
  /** Headline under the name (Ember). SDUI headlines are bare `<p>`s, read by position. */
  profileHeadline: [
    // `div[data-generated-suggestion-target]`: 2024-07 L1–L5, 2025-09 L6.
    '[data-generated-suggestion-target]',
    // Class fallback `div.text-body-medium.break-words`: 2024-07 L1 … 2025-09 L6.
    '.text-body-medium.break-words',
  ],
  /** Location line (Ember) when it cannot be found beside the contact-info link. */
  profileLocation: [
    // Class fallback `span.text-body-small.inline.t-black--light.break-words`: 2024-07 L1 … 2025-09 L6.
    'span.text-body-small.inline.t-black--light.break-words',
  ],
  /** Link to `/in/<slug>/overlay/contact-info/`: the displayed profile's own slug. */
  contactInfoLink: [
    // `a#top-card-text-details-contact-info`: 2024-07 L1–L5, 2025-09 L6.
    'a#top-card-text-details-contact-info',
    // href pattern: 2024-07 L1 … 2026-05 SDUI (2026-05-profile-sdui.html).
    'a[href*="/overlay/contact-info"]',
  ],
  /** Elements whose aria-label may read "Current company: X. Click to skip …". */
  labelledControl: [
    // `button[aria-label^="Current company:"]` in the top card: 2024-07 L1–L4, 2025-09 L6.
    'button[aria-label]',
  ],
  /** Text the page hides from sight but keeps for screen readers (duplicates of visible text). */
  screenReaderOnly: [
    // `span.visually-hidden` twin of every `span[aria-hidden=true]`: 2024-07 L1 … 2025-09 L6.
    '.visually-hidden',
    // `span.a11y-text` twin in the profile "More" menu: 2024-07 L2.
    '.a11y-text',
  ],
  /** Rest.li JSON the Ember app embeds; holds the viewer too, so match `publicIdentifier`. */
  embeddedData: [
    // `code#bpr-guid-<n>`: 2024-07 L1–L5 (8–10 blocks each); absent 2025-09 L6.
    'code[id^="bpr-guid-"]',
  ],
  /** The Experience card, by its durable anchors. */
  experienceSection: [
    // componentkey "…ExperienceTopLevelSection": 2026-05 SDUI (2026-05-profile-sdui.html).
    '[componentkey$="ExperienceTopLevelSection"]',
    // data-testid "profile_ExperienceTopLevelSection_…": 2026 SDUI, seen in extension code 2026.
    '[data-testid^="profile_ExperienceTopLevelSection"]',
  ],
  /** The empty anchor `div#experience` that opens the Ember Experience card. */
  experienceAnchor: [
    // `div#experience.pv-profile-card__anchor`: 2024-07 L1–L4, 2025-09 L6.
    'div#experience',
  ],
  /** Headings of profile cards, matched against the "Experience" label in any language. */
  sectionHeading: [
    // `h2.pvs-header__title > span[aria-hidden]`: 2024-07 L1 … 2025-09 L6; bare `h2`: 2026-05 SDUI.
    'h2',
  ],
  /** One position or company group in the Experience card, and the roles nested in a group. */
  experienceEntry: [
    // `div[data-view-name="profile-component-entity"]`, nested under a group: 2024-07 L1–L4, 2025-09 L6.
    '[data-view-name="profile-component-entity"]',
    // componentkey "entity-collection-item-…": 2026-05 SDUI (2026-05-profile-sdui.html).
    '[componentkey^="entity-collection-item"]',
    // `li`: Ember card rows 2024-07 L1 … 2025-09 L6; SDUI nested roles 2026-05 (2026-05-profile-de.html).
    'li',
  ],
  /** Visible strings of an entry, in reading order. */
  entryText: [
    // `span[aria-hidden="true"]` (the visible twin): 2024-07 L1 … 2025-09 L6.
    'span[aria-hidden="true"]',
    // Bare `<p>`: 2026-05 SDUI.
    'p',
  ],
  /** One people-search result. */
  searchRow: [
    // `div[role="listitem"]`, hashed classes: 2026-05 (2026-05-search-people.html; lhremote #739, 2026-04).
    'div[role="listitem"]',
    // data-view-name "people-search-result": 2026-03 (linkedin-spider search.py).
    '[data-view-name="people-search-result"]',
    // data-view-name "search-entity-result-universal-template": 2023-06 … 2025 (2023-06-search-people.html).
    '[data-view-name="search-entity-result-universal-template"]',
    // Class fallback `li.reusable-search__result-container`: 2020–2023.
    'li.reusable-search__result-container',
  ],
  /** The person's link in a result row: the first one is the person. */
  profileLink: [
    // href pattern, every vintage 2020–2026.
    'a[href*="/in/"]',
  ],
  /** Result-row headline (2023 class; 2026 rows are read by position, see `textLine`). */
  searchHeadline: [
    // Class fallback: 2023-06 (2023-06-search-people.html); gone 2026.
    '.entity-result__primary-subtitle',
  ],
  /** Result-row location, likewise. */
  searchLocation: [
    // Class fallback: 2023-06 (2023-06-search-people.html); gone 2026.
    '.entity-result__secondary-subtitle',
  ],
  /** Company name on a company page. */
  companyName: [
    // `main h1` (class `org-top-card-summary__title`): 2024-07 (2024-07-company.html); OpenCLI company.js 2026.
    'main h1',
    // Class fallback: 2024 (Twenty extractCompanyProfile.ts; linkedin-spider company.py 2026-03).
    'h1.org-top-card-summary__title',
  ],
  /** About-page facts as `dt` label → `dd` value. */
  companyFactTerm: [
    // `dl > dt > h3` + `dd`: 2024-07 /about/ (2024-07-company-about.html); OpenCLI company.js 2026.
    'main dl dt',
  ],
  /** Top-card facts on the company home tab: industry · HQ · followers · employees. */
  companyInfoItem: [
    // Class `org-top-card-summary-info-list__info-item`: 2024 (2024-07-company.html; Twenty, joeyism).
    '.org-top-card-summary-info-list__info-item',
  ],
} as const satisfies Record<string, readonly string[]>;

export type SelectorName = keyof typeof LINKEDIN_SELECTORS;
