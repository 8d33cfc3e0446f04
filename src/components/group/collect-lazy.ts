// What the group view needs only when answers arrive – reading codes and telling the outcome in
// words – in one module loaded on demand (a pasted text, or a page opened with "#kod=…"), so
// that the view's first load does not carry it.
export { decodePersonCode } from '../../lib/codes/person-code';
export { collectWords, incomingWords, shortTime } from '../tools/collect-words';
