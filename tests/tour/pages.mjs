// The sample pages the tour (and the benchmark) open, each served at its real site URL.
export const TOUR_PAGES = [
  {
    step: 'linkedin-profile',
    url: 'https://www.linkedin.com/in/noor-haddad-a1b2c3/',
    route: /^https:\/\/www\.linkedin\.com\/in\/noor-haddad-a1b2c3\/.*/,
    fixture: 'linkedin/2026-05-profile-sdui.html',
  },
  {
    step: 'linkedin-search',
    url: 'https://www.linkedin.com/search/results/people/?keywords=head%20of%20sales',
    route: /^https:\/\/www\.linkedin\.com\/search\/results\/people\/.*/,
    fixture: 'linkedin/2026-05-search-people.html',
  },
  {
    step: 'linkedin-company',
    url: 'https://www.linkedin.com/company/nordlys-analytics/',
    route: /^https:\/\/www\.linkedin\.com\/company\/nordlys-analytics\/.*/,
    fixture: 'linkedin/2024-07-company.html',
  },
  {
    step: 'gmail-thread',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgJmTSvPjvdCwqXbRJkQHzZlm',
    route: /^https:\/\/mail\.google\.com\/mail\/u\/0\/.*/,
    fixture: 'gmail/2025-08-thread.html',
  },
];
