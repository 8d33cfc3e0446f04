// What participants need to join, large enough for the wall and on one printed page: a QR code
// and a short address for the tool, and one line on how the answers come back. Loaded only when
// shown (the QR encoder with it), so the group view's first load stays small.
import { QrCode } from '../tools/QrCode';
import { t, tf } from '../../ui/strings-group';

export interface JoinSlideProps {
  tool: string;
  link: string;
  short: string;
}

export function JoinSlide({ tool, link, short }: JoinSlideProps) {
  return (
    <div class="join">
      <div class="join__qr">
        <QrCode text={link} label={tf('group.join.qr', { tool })} />
      </div>
      <div class="join__text">
        <p class="join__tool">{tool}</p>
        <p>{t('group.join.scan')}</p>
        <p class="join__address">{short}</p>
        <p class="join__send">{t('group.join.send')}</p>
        <p class="join__private">{t('group.join.private')}</p>
      </div>
    </div>
  );
}
