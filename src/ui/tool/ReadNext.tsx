// "Läs vidare": one link in a sentence, several as a list.
import { url } from '../../lib/url';
import { t } from '../strings';

export interface ReadNextLink {
  label: string;
  href: string;
}

export function ReadNext({ links }: { links: ReadNextLink | readonly ReadNextLink[] }) {
  const list = Array.isArray(links) ? (links as readonly ReadNextLink[]) : [links as ReadNextLink];
  if (list.length === 1) {
    return (
      <p>
        {t('tool.readNext')}: <a href={url(list[0]!.href)}>{list[0]!.label}</a>
      </p>
    );
  }
  return (
    <>
      <p>{t('tool.readNext')}:</p>
      <ul>
        {list.map((link) => (
          <li key={link.href}>
            <a href={url(link.href)}>{link.label}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
