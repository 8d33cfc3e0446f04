// Island: the group view. The facilitator keeps groups on this device, adds people's answers
// (codes, links, files, or in turn), and sees per tool the spread, the disagreements, the tool's
// own picture of the group and the weakest links – on screen, on a projector and on paper.
// Logic lives in src/lib/group/ and src/stores/groups.ts. This file is the shell that wakes with
// the page: the stored groups and their troubles, a code arriving in the address, the choice of
// group. The open group (./ActiveGroup.tsx) loads once there is one to open.
import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import type { Group } from '../../lib/group/model';
import {
  $activeGroup,
  $groups,
  $groupsCopies,
  $groupsProblem,
  $groupsUnreadable,
  canRestore,
  discardUnreadableGroups,
  dismissGroupsNotice,
  restoreCopy,
  retryGroups,
} from '../../stores/groups';
import { useLoaded } from '../../ui/tool/use-module';
import { problemText, StorageNotice } from '../../ui/tool/StorageNotice';
import { KeptCopies, SaveTrouble, Unkept } from '../../ui/tool/StorageTrouble';
import { t, tf } from '../../ui/strings-group-shell';
import { GroupPicker } from './GroupPicker';
import { IncomingCode } from './IncomingCode';
import { codeModelsOf, useSpecs } from './group-specs';
import '../../styles/tools.css';
import '../../styles/group.css';

export interface GroupViewProps {
  /** Samverkanskollen's item ids per tool: the check gets a section of its own when members answered it */
  kollenItems?: Record<string, string[]> | undefined;
  /** each tool's name by id, for messages before the tools' file has come (from the page: the tools' table stays out of the shell's code) */
  toolNames: Record<string, string>;
}

const NO_GROUPS = { groups: [] };

export function GroupView({ kollenItems = {}, toolNames }: GroupViewProps) {
  const state = useStore($groups, { ssr: () => NO_GROUPS });
  const stored = useStore($activeGroup, { ssr: () => undefined });
  const unreadable = useStore($groupsUnreadable, { ssr: () => null });
  const problem = useStore($groupsProblem, { ssr: () => null });
  const copies = useStore($groupsCopies, { ssr: () => [] });
  const [restored, setRestored] = useState('');
  const notice = unreadable ? tf(unreadable.kept ? 'group.unreadable' : 'group.unreadable.unkept', { reason: unreadable.reason }) : null;
  const [showNames, setShowNames] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const group: Group | undefined = state.groups.length ? stored : undefined;

  // Tool names for messages come with the page; the tools' questions (specs) are fetched once a group is open.
  const specsLoad = useSpecs(group !== undefined);
  const specs = specsLoad.value;
  const codeModels = useMemo(() => specs && codeModelsOf(specs), [specs]);
  // The open group's part of the view loads once there is a group to open.
  const { value: active, failed: activeFailed } = useLoaded(() => import('./ActiveGroup'), group !== undefined);
  const failed = specsLoad.failed || activeFailed;

  return (
    <div class="group-view">
      <StorageNotice message={notice} onDismiss={dismissGroupsNotice} />
      {unreadable && !unreadable.kept && <Unkept raw={unreadable.raw} name="grupper" onDiscard={discardUnreadableGroups} />}
      <SaveTrouble
        message={problem ? tf('group.unsaved', { problem: problemText(problem) }) : null}
        downloadLabel={t('group.unsaved.download')}
        onDownload={() => group && void import('./save-group-file').then((m) => m.saveGroupFile(group))}
        onRetry={retryGroups}
      />
      <KeptCopies
        copies={copies}
        name="grupper"
        restoreLabel={t('group.copy.restore')}
        canRestore={canRestore}
        onRestore={(copy) => {
          const n = restoreCopy(copy);
          setRestored(n === null ? '' : tf('group.copy.restored', { n }));
        }}
      />
      {restored && (
        <p class="tool__saved" role="status">
          {restored}
        </p>
      )}
      <IncomingCode toolNames={toolNames} groups={state.groups} active={group} showNames={showNames} />
      <GroupPicker groups={state.groups} active={group} />
      {group && !(active && codeModels) && (failed ? <p role="alert">{t('group.failed')}</p> : <p class="muted">{t('group.opening')}</p>)}
      {group && active && specs && codeModels && (
        <active.ActiveGroup
          group={group}
          specs={specs}
          kollenItems={kollenItems}
          toolNames={toolNames}
          showNames={showNames}
          setShowNames={setShowNames}
          presenting={presenting}
          setPresenting={setPresenting}
          codeModels={codeModels}
        />
      )}
    </div>
  );
}
