// The check's section in the group view, loaded with import() only for a group whose members
// answered Samverkanskollen: it brings each member's diagnosis, which no other group needs.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { KollenSectionProps } from './KollenSection';

export function KollenLazy(props: KollenSectionProps) {
  const [Section, setSection] = useState<ComponentType<KollenSectionProps> | null>(null);
  useEffect(() => {
    if (!Section) void import('./KollenSection').then((m) => setSection(() => m.KollenSection));
  }, []);
  return Section ? <Section {...props} /> : null;
}
