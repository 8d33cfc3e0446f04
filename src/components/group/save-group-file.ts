// Saves a group's file (everything the group view holds about it, src/lib/group/files.ts) and
// remembers when, so that the view can say how fresh the backup is.
import { buildGroupFile } from '../../lib/group/files';
import { currentRound, type Group, type Round } from '../../lib/group/model';
import { markFileSaved } from '../../stores/groups';
import { download } from '../tools/download';

/** The start of a group's file names: its name in lower case and the round's date, "styrgruppen-2026-12-06". */
export function fileStamp(group: Group, round: Round): string {
  return `${group.name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}-${round.date}`;
}

export function saveGroupFile(group: Group): void {
  download(`${fileStamp(group, currentRound(group))}.json`, 'application/json', buildGroupFile(group));
  markFileSaved(group.id);
}
