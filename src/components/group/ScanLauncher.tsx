// The camera scanner's door in the group view: a button, and the scanner itself (with its QR
// decoder and its words) loaded by import() only when it is pressed – most visits never scan, so
// none of it weighs on the page's first load. Kept small for the same reason: no heading of its
// own (the scanner brings one), one short message if the scanner cannot be loaded.
import type { ComponentType } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { t } from '../../ui/strings-group';
import type { CameraScannerProps } from './scan/CameraScanner';

export type ScanLauncherProps = Omit<CameraScannerProps, 'onClose'>;

export function ScanLauncher(props: ScanLauncherProps) {
  // undefined: closed; false: the scanner could not be loaded; a component: open.
  const [Scanner, setScanner] = useState<ComponentType<CameraScannerProps> | false>();
  const button = useRef<HTMLButtonElement>(null);
  // After "Klar" the button is back, and focus returns to it.
  const close = () => {
    setScanner(undefined);
    setTimeout(() => button.current?.focus());
  };
  const open = () =>
    import('./scan/CameraScanner').then(
      (m) => setScanner(() => m.CameraScanner),
      () => setScanner(false),
    );
  return (
    <div class="group-add__way">
      {Scanner ? (
        <Scanner {...props} onClose={close} />
      ) : (
        <button type="button" ref={button} class="button button--primary" onClick={open}>
          {t('group.add.scan.open')}
        </button>
      )}
      {Scanner === false && <p role="alert">{t('group.add.scan.failed')}</p>}
    </div>
  );
}
