import { PageHead } from '../../components/common.js';

/** Placeholder until built. */
export default function Page() {
  return <PageHead title="inbox/inbox-page" />;
}
