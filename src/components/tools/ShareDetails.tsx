// The share block's lazy part (see ./ShareAnswers.tsx): who is answering (asked once, remembered
// on the device), the one link with everything the reader has answered, and the ways to send it –
// the device's own share sheet where there is one, otherwise copy plus sms and e-mail with the
// link filled in – the whole code as text, and a QR code of the link.
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { MAX_NAME_LENGTH } from '../../lib/codes/label';
import type { CodeModels } from '../../lib/codes/person-code';
import { answersStore } from '../../stores/answers-store';
import { $example } from '../../stores/example';
import { $identity, identity, keepIdentity, setIdentity } from '../../stores/identity';
import type { ToolId } from '../../tools/index';
import { t, tf } from '../../ui/strings-share';
import { loadCodeModels } from './code-models';
import { linkFor, ownAnswers, ownCode } from './own-answers';
import { QrCode } from './QrCode';

export interface ShareDetailsProps {
  tool?: ToolId | undefined;
  /** the button was pressed before this part had loaded: send as soon as the link is ready */
  sendNow?: boolean | undefined;
}

const canShare = () => typeof navigator !== 'undefined' && typeof navigator.share === 'function';

export function ShareDetails({ tool, sendNow }: ShareDetailsProps) {
  const [models, setModels] = useState<CodeModels | null>(null);
  const [failed, setFailed] = useState(false);
  const [, setChanged] = useState(0);
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState(false);
  const who = useStore($identity) ?? identity();
  // Asked once: the fields show until the reader has answered (or left them empty) on this device.
  const [asking, setAsking] = useState(() => !who.asked);
  const example = useStore($example);

  useEffect(() => {
    loadCodeModels().then(setModels, () => setFailed(true));
  }, []);
  // Any tool's answers may change (this page's tool, or another tab): the code follows.
  useEffect(() => {
    if (!models) return;
    const stop = Object.keys(models).map((id) => answersStore(id as ToolId).$stored.listen(() => setChanged((n) => n + 1)));
    return () => stop.forEach((f) => f());
  }, [models]);

  const showingExample = !!(tool && example && example.original[tool] !== undefined);
  const own = models && !showingExample ? ownAnswers(models) : null;
  const code = models && own ? ownCode(models, who, own) : null;
  const link = code ? linkFor(code) : '';
  useEffect(() => {
    if (code) keepIdentity();
  }, [!!code]);

  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(done);
    } catch {
      setMessage(t('share.copyFailed'));
    }
  };
  const send = async () => {
    if (!link) return;
    // Sending answers the question "who is answering?" for this device, as it stands.
    if (!who.asked) setIdentity({ asked: true });
    if (canShare()) {
      try {
        await navigator.share({ url: link });
        setMessage(t('share.shared'));
        return;
      } catch (e) {
        // Closing the share sheet is a choice, not a failure.
        if (e instanceof DOMException && e.name === 'AbortError') return;
      }
    }
    await copy(link, t('share.copied.paste'));
  };
  useEffect(() => {
    if (sendNow && link && !sent) {
      setSent(true);
      void send();
    }
  }, [sendNow, link]);

  const label = [who.name, who.org && (who.name ? `(${who.org})` : who.org)].filter(Boolean).join(' ');

  return (
    <div class="share__details">
      <fieldset class="share__identity">
        <legend>{t('share.identity.legend')}</legend>
        {asking ? (
          <>
            <p class="muted">{t('share.identity.hint')}</p>
            <div class="share__fields">
              <label>
                {t('share.name')}
                <input
                  type="text"
                  value={who.name ?? ''}
                  maxLength={MAX_NAME_LENGTH}
                  autocomplete="name"
                  onInput={(e) => setIdentity({ name: e.currentTarget.value, asked: true })}
                />
              </label>
              <label>
                {t('share.org')}
                <input
                  type="text"
                  value={who.org ?? ''}
                  maxLength={MAX_NAME_LENGTH}
                  autocomplete="organization"
                  onInput={(e) => setIdentity({ org: e.currentTarget.value, asked: true })}
                />
              </label>
            </div>
            <button
              type="button"
              class="button"
              onClick={() => {
                setIdentity({ asked: true });
                setAsking(false);
              }}
            >
              {t('share.identity.done')}
            </button>
          </>
        ) : (
          <p>
            {label ? tf('share.identity.as', { who: label }) : t('share.identity.anonymous')}{' '}
            <button type="button" class="button button--link" onClick={() => setAsking(true)}>
              {t('share.identity.change')}
            </button>
          </p>
        )}
      </fieldset>

      {failed ? (
        <p class="notice" role="alert">
          {t('share.loadFailed')}
        </p>
      ) : !models ? (
        <p class="muted">{t('share.loading')}</p>
      ) : showingExample ? (
        <p class="muted">{t('example.share')}</p>
      ) : !code || !own ? (
        <p class="muted">{t('share.empty')}</p>
      ) : (
        <>
          <p>
            <button type="button" class="button button--primary share__send" onClick={() => void send()}>
              {t('share.send')}
            </button>
          </p>
          <p>{canShare() ? t('share.best.share') : t('share.best.copy')}</p>
          <p class="tool__saved" role="status">
            {message}
          </p>
          <div class="tool-actions">
            <button type="button" class="button" onClick={() => void copy(link, tf('share.copied', { what: t('share.copied.link') }))}>
              {t('share.copyLink')}
            </button>
            <a class="button" href={`sms:?&body=${encodeURIComponent(link)}`}>
              {t('share.sms')}
            </a>
            <a class="button" href={`mailto:?body=${encodeURIComponent(link)}`}>
              {t('share.mail')}
            </a>
          </div>
          <p class="share__code-label" id="svarskod-rubrik">
            {tf('share.code.label', { tools: tf('collect.tools', { n: Object.keys(own.tools).length }), n: own.count })}
          </p>
          <p class="share__code" id="svarskod" aria-labelledby="svarskod-rubrik">
            {code}
          </p>
          <button type="button" class="button" onClick={() => void copy(code, tf('share.copied', { what: t('share.copied.code') }))}>
            {t('share.copyCode')}
          </button>
          <QrCode text={link} label={t('share.qr')} />
          <p class="muted">{t('share.qrHint')}</p>
          <p class="muted">{t('share.again')}</p>
        </>
      )}
    </div>
  );
}
