import type { RoleName } from '@duban/core';
import { newId, nowIso } from '../util.js';
import type { Db } from './types.js';
import { updateVersioned } from '../versioned-update.js';

/** A role held by a user, optionally within one unit. */
export interface RoleGrant {
  role: RoleName;
  unitId: string | null;
}

/** A user without the password hash. */
export interface UserRecord {
  id: string;
  username: string;
  displayName: string | null;
  /** Where e-mail notifications go; null: none. */
  email: string | null;
  active: boolean;
  roles: RoleGrant[];
  version: number;
  createdAt: string;
}

async function hydrate(
  db: Db,
  rows: {
    id: string;
    username: string;
    display_name: string | null;
    email: string | null;
    active: number;
    version: number;
    created_at: string;
  }[],
): Promise<UserRecord[]> {
  if (rows.length === 0) return [];
  const roles = await db
    .selectFrom('user_roles')
    .selectAll()
    .where(
      'user_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('role')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    email: r.email,
    active: r.active === 1,
    version: r.version,
    createdAt: r.created_at,
    roles: roles.filter((g) => g.user_id === r.id).map((g) => ({ role: g.role, unitId: g.unit_id })),
  }));
}

const columns = ['id', 'username', 'display_name', 'email', 'active', 'version', 'created_at'] as const;

/** All users, by username. */
export async function listUsers(db: Db): Promise<UserRecord[]> {
  return hydrate(db, await db.selectFrom('users').select(columns).orderBy('username').execute());
}

/** One user or undefined. */
export async function findUser(db: Db, id: string): Promise<UserRecord | undefined> {
  return (await hydrate(db, await db.selectFrom('users').select(columns).where('id', '=', id).execute()))[0];
}

/** A user by login name, with the password hash (for sign-in only). */
export async function findUserForLogin(db: Db, username: string): Promise<(UserRecord & { passwordHash: string | null }) | undefined> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  if (!row) return undefined;
  const [user] = await hydrate(db, [row]);
  return user && { ...user, passwordHash: row.password_hash };
}

/** Creates a user with roles. */
export async function insertUser(
  db: Db,
  u: { username: string; displayName?: string | null; passwordHash: string | null; roles: RoleGrant[] },
): Promise<UserRecord> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto('users')
    .values({
      id,
      username: u.username,
      display_name: u.displayName ?? null,
      password_hash: u.passwordHash,
      active: 1,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await setUserRoles(db, id, u.roles);
  return (await findUser(db, id))!;
}

/** Replaces a user's role grants. */
export async function setUserRoles(db: Db, userId: string, roles: RoleGrant[]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  for (const r of roles)
    await db.insertInto('user_roles').values({ id: newId(), user_id: userId, role: r.role, unit_id: r.unitId }).execute();
}

/** Updates profile fields if the version matches; returns false on a stale version. */
export async function updateUser(
  db: Db,
  id: string,
  version: number,
  f: { displayName?: string | null; email?: string | null; active?: boolean; passwordHash?: string },
): Promise<boolean> {
  return updateVersioned(
    db,
    'users',
    { id, version },
    {
      ...(f.displayName !== undefined ? { display_name: f.displayName } : {}),
      ...(f.email !== undefined ? { email: f.email } : {}),
      ...(f.active !== undefined ? { active: f.active ? 1 : 0 } : {}),
      ...(f.passwordHash !== undefined ? { password_hash: f.passwordHash } : {}),
      updated_at: nowIso(),
    },
  );
}

/** Number of users (start-up checks whether an admin must be created). */
export async function countUsers(db: Db): Promise<number> {
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Sets (or clears, with null) where a user's e-mail notifications go; false when there is no such user. */
export async function setUserEmail(db: Db, userId: string, email: string | null): Promise<boolean> {
  const res = await db.updateTable('users').set({ email, updated_at: nowIso() }).where('id', '=', userId).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** True when an account already has this user name (active or not). */
export async function usernameTaken(db: Db, username: string): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()) !== undefined;
}
