// Island: share one's answers as a code, a link (the code rides in the #fragment, which browsers
// never send to a server) or a QR code – and read answers from such a link into one's own tool,
// asking first, or to hand them on to the group view. Works beside any coded tool; the tool's store is the single place answers live.
import { useEffect, useState } from 'preact/hooks';
import type { AmountRange } from '../../lib/amounts';
import { codeModelOf } from '../../lib/items';
import { decodeAnswerCode, encodeAnswerCode, MAX_NAME_LENGTH, type AnswerCode } from '../../lib/codes/answer-code';
import type { ToolId } from '../../tools/index';
import { answersStore } from '../../stores/answers-store';
import { url } from '../../lib/url';
import { QrCode } from './QrCode';
import { leaveExample } from '../../stores/example';
import { t, tf } from '../../ui/strings';
import { useAnswers, useToolAnswers } from '../../ui/tool/use-answers';
import '../../styles/tools.css';

export interface ShareAnswersProps {
  tool: ToolId;
  toolName: string;
  version: number;
  /** The model's questions in order, each with its options (what the code is built from). */
  items: [string, string[]][];
  /** Amount items, for tools that ask for amounts (they follow the items in the code). */
  amounts?: [string, AmountRange][] | undefined;
  /** Earlier versions' items, so that older codes still read. */
  legacy?: Record<number, [string, string[]][]> | undefined;
}

export function ShareAnswers({ tool, toolName, version, items, amounts, legacy }: ShareAnswersProps) {
  const store = answersStore(tool);
  const model = codeModelOf({ version, items, amounts, legacy });
  const { answers } = useAnswers(store);
  // While a case's example is shown, the code would not be what the reader sees: share nothing.
  const { example } = useToolAnswers(tool);
  const [name, setName] = useState('');
  const [org, setOrg] = useState('');
  const [copied, setCopied] = useState('');
  const [incoming, setIncoming] = useState<AnswerCode | null>(null);
  const [linkError, setLinkError] = useState('');
  const [origin, setOrigin] = useState('');

  // A link with #kod=… (opened, or pasted into the address bar of an open page): offer to read
  // it in, never without asking.
  useEffect(() => {
    setOrigin(window.location.href.split('#')[0] ?? '');
    const readHash = () => {
      if (!window.location.hash.startsWith('#kod=')) return;
      const decoded = decodeAnswerCode(window.location.hash, { [tool]: model }, tool);
      setIncoming(decoded.ok ? decoded.value : null);
      setLinkError(decoded.ok ? '' : tf('share.link.error', { error: decoded.error }));
    };
    readHash();
    window.addEventListener('hashchange', readHash);
    return () => window.removeEventListener('hashchange', readHash);
  }, []);

  const forgetLink = () => history.replaceState(null, '', window.location.pathname + window.location.search);
  const answered = Object.keys(answers).length;
  const code = encodeAnswerCode({ tool, version, answers, name, org }, model);
  const link = `${origin}#kod=${code}`;
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(tf('share.copied', { what }));
    } catch {
      setCopied(t('share.copyFailed'));
    }
  };

  return (
    <section class="share no-print" aria-labelledby={`${tool}-dela`}>
      {incoming && (
        <div class="notice" role="alert">
          <p>
            {tf('share.link.contains', {
              tool: toolName,
              from: incoming.name ? tf('share.link.from', { name: incoming.name }) : '',
              org: incoming.org ? tf('share.link.org', { org: incoming.org }) : '',
              n: Object.keys(incoming.answers).length,
            })}{' '}
            {t('share.link.ask')}
            {answered > 0 ? tf('share.link.own', { n: answered }) : ''}
          </p>
          <button
            type="button"
            class="button button--primary"
            onClick={() => {
              store.replace(incoming.answers);
              leaveExample();
              setIncoming(null);
              forgetLink();
            }}
          >
            {t('share.link.read')}
          </button>{' '}
          <button
            type="button"
            class="button"
            onClick={() => {
              setIncoming(null);
              forgetLink();
            }}
          >
            {t('share.link.no')}
          </button>{' '}
          <a class="button" href={`${url('/workshop/gruppvy/')}${window.location.hash}`}>
            {t('share.link.toGroup')}
          </a>
        </div>
      )}
      {linkError && (
        <p class="notice" role="alert">
          {linkError}
        </p>
      )}
      <h2 id={`${tool}-dela`}>{t('share.title')}</h2>
      <p>{t('share.intro')}</p>
      {example ? (
        <p class="muted">{t('example.share')}</p>
      ) : (
        <>
          <div class="share__fields">
            <label>
              {t('share.name')}
              <input
                type="text"
                value={name}
                maxLength={MAX_NAME_LENGTH}
                autocomplete="name"
                onInput={(e) => setName(e.currentTarget.value)}
              />
            </label>
            <label>
              {t('share.org')}
              <input
                type="text"
                value={org}
                maxLength={MAX_NAME_LENGTH}
                autocomplete="organization"
                onInput={(e) => setOrg(e.currentTarget.value)}
              />
            </label>
          </div>
          {answered === 0 ? (
            <p class="muted">{t('share.empty')}</p>
          ) : (
            <div class="share__code">
              <label for={`${tool}-kod`}>{tf('share.code.label', { n: answered })}</label>
              <textarea id={`${tool}-kod`} readOnly rows={2} value={code} onFocus={(e) => e.currentTarget.select()} />
              <div class="tool-actions">
                <button type="button" class="button" onClick={() => void copy(code, t('share.copied.code'))}>
                  {t('share.copyCode')}
                </button>
                <button type="button" class="button" onClick={() => void copy(link, t('share.copied.link'))}>
                  {t('share.copyLink')}
                </button>
              </div>
              <p class="tool__saved" role="status">
                {copied}
              </p>
              <QrCode text={link} label={tf('share.qr', { tool: toolName })} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
