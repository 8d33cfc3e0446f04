// Says plainly, above a tool, that the answers shown are a case's example and that the reader's
// own answers are kept – with the way back to them.
import type { ActiveExample } from '../../lib/example/stored';
import { url } from '../../lib/url';
import { leaveExample } from '../../stores/example';
import { t } from '../strings-tools';

export interface ExampleBannerProps {
  example: ActiveExample | null;
}

export function ExampleBanner({ example }: ExampleBannerProps) {
  if (!example) return null;
  return (
    <div class="example-banner" data-example={example.case}>
      <p class="example-banner__title">
        <strong>
          {t('example.label')}: {example.title}
        </strong>{' '}
        – {t('example.ownKept')}
      </p>
      <p>{t('example.explain')}</p>
      <div class="example-banner__actions no-print">
        <button type="button" class="button button--primary" onClick={leaveExample}>
          {t('example.leave')}
        </button>
        <a href={url(`/fallstudier/${example.case}/`)}>{t('example.readCase')}</a>
      </div>
    </div>
  );
}
