import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { KvStore } from '../../core/store/kv-store.ts';

/** Storage keys: `slack:install:E:<enterpriseId>` for org-wide installs, `slack:install:T:<teamId>` otherwise. */
function keyFor(
  isEnterpriseInstall: boolean | undefined,
  enterpriseId: string | undefined,
  teamId: string | undefined,
): string {
  if (isEnterpriseInstall && enterpriseId) return `slack:install:E:${enterpriseId}`;
  if (teamId) return `slack:install:T:${teamId}`;
  throw new Error('Slack installation has neither a team nor an enterprise id');
}

/**
 * Bolt's installation store on newsbot's KvStore, so multi-workspace tokens live in the same store as everything else
 * and every instance sees a new install at once. Values hold tokens: never log them.
 */
export function kvInstallationStore(kv: KvStore): InstallationStore {
  return {
    async storeInstallation(installation: Installation) {
      const key = keyFor(installation.isEnterpriseInstall, installation.enterprise?.id, installation.team?.id);
      await kv.set(key, installation);
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const installation = await kv.get<Installation>(
        keyFor(query.isEnterpriseInstall, query.enterpriseId, query.teamId),
      );
      if (!installation) throw new Error(`no Slack installation for ${query.teamId ?? query.enterpriseId}`);
      return installation as Installation<'v1' | 'v2', boolean>;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await kv.delete(keyFor(query.isEnterpriseInstall, query.enterpriseId, query.teamId));
    },
  };
}
