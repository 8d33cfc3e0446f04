/** Names and addresses used across the site's chrome. */
export const SITE_NAME = 'Samverkanshandboken';

export const MANUAL = {
  title: 'Manual för samverkan',
  authors: 'Eva Nilsson Lundmark och Ingvar Nilsson',
  commissioners: 'Region Skåne och Kommunförbundet Skåne',
} as const;

/** The header's main menu, in the order a first-time visitor needs it. */
export const MAIN_MENU = [
  { href: '/handboken/', label: 'Handboken' },
  { href: '/verktyg/', label: 'Verktyg' },
  { href: '/workshop/', label: 'Workshop' },
  { href: '/fallstudier/', label: 'Fallstudier' },
  { href: '/ordlista/', label: 'Ordlista' },
] as const;
