/**
 * Builders of GitHub-shaped objects. Stored objects are the exact JSON the fake
 * answers with, so a test that breaks a field through `state` breaks the response.
 */
import { createHash } from 'node:crypto';

/** A GitHub user or bot (`simple-user`). */
export type SimpleUser = Record<string, unknown> & { login: string; id: number };

/** A deployment exactly as GitHub returns it. */
export interface Deployment {
  url: string; id: number; node_id: string; sha: string; ref: string; task: string;
  payload: Record<string, unknown> | string; original_environment: string; environment: string;
  description: string | null; creator: SimpleUser | null; created_at: string; updated_at: string;
  statuses_url: string; repository_url: string; transient_environment: boolean;
  production_environment: boolean; performed_via_github_app: null;
  [extra: string]: unknown;
}

/** A deployment status exactly as GitHub returns it. */
export interface DeploymentStatus {
  url: string; id: number; node_id: string; state: string; creator: SimpleUser | null;
  description: string; environment: string; target_url: string; log_url: string; environment_url: string;
  created_at: string; updated_at: string; deployment_url: string; repository_url: string;
  performed_via_github_app: null;
  [extra: string]: unknown;
}

/** A repository environment (`environment` schema). */
export type Environment = Record<string, unknown> & { id: number; name: string; created_at: string; updated_at: string };

/** A commit as GET /repos/{o}/{r}/commits/{ref} returns it. */
export type Commit = Record<string, unknown> & { sha: string };

/** Opaque but stable node ids: clients only pass them around. */
export function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`fake:${id}`).toString('base64url')}`;
}

/** A 40-hex sha derived from any string, stable across runs. */
export function fakeSha(ref: string): string {
  return createHash('sha1').update(`stagegate-fake:${ref}`).digest('hex');
}

/** The bot that GITHUB_TOKEN acts as. */
export function makeUser(apiUrl: string, login = 'github-actions[bot]', id = 41898282): SimpleUser {
  const u = `${apiUrl}/users/${encodeURIComponent(login)}`;
  return {
    login, id, node_id: nodeId('MDM6Qm90', id), avatar_url: `https://avatars.githubusercontent.com/in/15368?v=4`,
    gravatar_id: '', url: u, html_url: `https://github.com/apps/github-actions`, followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`, gists_url: `${u}/gists{/gist_id}`, starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`, organizations_url: `${u}/orgs`, repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`, received_events_url: `${u}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User', user_view_type: 'public', site_admin: false,
  };
}

/** An environment as GitHub creates it on first deployment: no protection rules. */
export function makeEnvironment(repoUrl: string, htmlRepoUrl: string, id: number, name: string, at: string): Environment {
  return {
    id, node_id: nodeId('EN', id), name,
    url: `${repoUrl}/environments/${encodeURIComponent(name)}`,
    html_url: `${htmlRepoUrl}/deployments/activity_log?environments_filter=${encodeURIComponent(name)}`,
    created_at: at, updated_at: at, protection_rules: [], deployment_branch_policy: null,
  };
}

/** A commit object with every field the `commit` schema requires. */
export function makeCommit(repoUrl: string, htmlRepoUrl: string, sha: string, date: string, message: string, author: SimpleUser): Commit {
  const person = { name: author.login, email: `${author.id}+${author.login}@users.noreply.github.com`, date };
  return {
    sha, node_id: `C_${sha.slice(0, 20)}`, url: `${repoUrl}/commits/${sha}`, html_url: `${htmlRepoUrl}/commit/${sha}`,
    comments_url: `${repoUrl}/commits/${sha}/comments`,
    commit: {
      url: `${repoUrl}/git/commits/${sha}`, author: person, committer: person, message, comment_count: 0,
      tree: { sha: fakeSha(`tree:${sha}`), url: `${repoUrl}/git/trees/${fakeSha(`tree:${sha}`)}` },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    author, committer: author, parents: [], stats: { additions: 0, deletions: 0, total: 0 }, files: [],
  };
}

/** A minimal `full-repository`: every required field, plausible values. */
export function makeRepository(apiUrl: string, owner: string, repo: string, id: number, ownerUser: SimpleUser, at: string): Record<string, unknown> {
  const u = `${apiUrl}/repos/${owner}/${repo}`;
  const urls = Object.fromEntries(
    ['archive:/{archive_format}{/ref}', 'assignees:/assignees{/user}', 'blobs:/git/blobs{/sha}', 'branches:/branches{/branch}',
      'collaborators:/collaborators{/collaborator}', 'comments:/comments{/number}', 'commits:/commits{/sha}',
      'compare:/compare/{base}...{head}', 'contents:/contents/{+path}', 'contributors:/contributors', 'deployments:/deployments',
      'downloads:/downloads', 'events:/events', 'forks:/forks', 'git_commits:/git/commits{/sha}', 'git_refs:/git/refs{/sha}',
      'git_tags:/git/tags{/sha}', 'hooks:/hooks', 'issue_comment:/issues/comments{/number}', 'issue_events:/issues/events{/number}',
      'issues:/issues{/number}', 'keys:/keys{/key_id}', 'labels:/labels{/name}', 'languages:/languages', 'merges:/merges',
      'milestones:/milestones{/number}', 'notifications:/notifications{?since,all,participating}', 'pulls:/pulls{/number}',
      'releases:/releases{/id}', 'stargazers:/stargazers', 'statuses:/statuses/{sha}', 'subscribers:/subscribers',
      'subscription:/subscription', 'tags:/tags', 'teams:/teams', 'trees:/git/trees{/sha}'].map((entry) => {
      const [name, suffix] = entry.split(':') as [string, string];
      return [`${name}_url`, u + suffix];
    }),
  );
  return {
    id, node_id: nodeId('R_kg', id), name: repo, full_name: `${owner}/${repo}`, owner: ownerUser, private: true,
    html_url: `https://github.com/${owner}/${repo}`, description: null, fork: false, url: u, ...urls,
    clone_url: `https://github.com/${owner}/${repo}.git`, git_url: `git://github.com/${owner}/${repo}.git`,
    ssh_url: `git@github.com:${owner}/${repo}.git`, svn_url: `https://github.com/${owner}/${repo}`, mirror_url: null,
    homepage: null, language: 'TypeScript', forks: 0, forks_count: 0, stargazers_count: 0, watchers: 0, watchers_count: 0,
    size: 1, default_branch: 'main', open_issues: 0, open_issues_count: 0, is_template: false, topics: [],
    has_issues: true, has_projects: false, has_wiki: false, has_pages: false, has_discussions: false, has_downloads: true,
    archived: false, disabled: false, visibility: 'private', pushed_at: at, created_at: at, updated_at: at,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    license: null, network_count: 0, subscribers_count: 0,
  };
}
