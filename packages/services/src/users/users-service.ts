import type { RoleName, UserCreate, UserPatch, UserView } from '@duban/core';
import {
  findUnit,
  findUser,
  findUserForLogin,
  insertUser,
  listUnits,
  listUsers,
  setMustChangePassword,
  setUserEmail,
  setUserRoles,
  updateUser,
  usernameTaken,
  type Db,
  type RoleGrant,
} from '@duban/storage';
import { requireAdmin, type Actor } from '../actor.js';
import { afterPasswordReplaced, hashPassword, prepareNewPassword } from './credentials.js';
import { write, type ServiceContext } from '../context.js';
import { checkPasswordStrength, requireRecentAuth, securityPolicy } from './security-policy.js';
import { DomainError, conflict, invalid, notFound } from '../errors.js';
import { presentUser } from '../presenters.js';

/** User accounts and their roles (admin only, except reading oneself). */
export function createUsersService(ctx: ServiceContext) {
  const unitNames = async (db: Db = ctx.db) => new Map((await listUnits(db, { includeMerged: true })).map((u) => [u.id, u.name]));

  async function checkGrants(grants: { role: RoleName; unitId?: string | null }[]): Promise<RoleGrant[]> {
    const out: RoleGrant[] = [];
    for (const g of grants) {
      if (g.role === 'liaison' && !g.unitId) throw invalid('user.liaison_unit_required', '联络员必须绑定一个单位');
      if (g.unitId && !(await findUnit(ctx.db, g.unitId))) throw invalid('user.unit_unknown', '绑定的单位不存在');
      out.push({ role: g.role, unitId: g.unitId ?? null });
    }
    return out;
  }

  return {
    /** All users (admin). */
    async list(actor: Actor): Promise<UserView[]> {
      requireAdmin(actor);
      const names = await unitNames();
      return (await listUsers(ctx.db)).map((u) => presentUser(u, names));
    },

    /**
     * Creates an account (admin with a recent password entry; also used by the CLI with the system actor).
     * The password must meet the policy; `mustChangePassword` makes the first sign-in set a new one.
     */
    async create(actor: Actor, input: UserCreate): Promise<UserView> {
      requireAdmin(actor);
      requireRecentAuth(ctx, actor);
      const roles = await checkGrants(input.roles);
      checkPasswordStrength(securityPolicy(ctx), input.username, input.password);
      const passwordHash = await hashPassword(input.password);
      return write(ctx, actor, async (tx, audit) => {
        if (await usernameTaken(tx, input.username)) throw new DomainError('conflict', 'user.username_taken', '用户名已存在');
        let u = await insertUser(tx, { username: input.username, displayName: input.displayName ?? null, passwordHash, roles });
        if (input.email) {
          await setUserEmail(tx, u.id, input.email);
          u = { ...u, email: input.email };
        }
        if (input.mustChangePassword) await setMustChangePassword(tx, u.id, true);
        await audit('user', u.id, 'create', null, {
          username: u.username,
          email: u.email,
          roles: u.roles,
          mustChangePassword: Boolean(input.mustChangePassword),
        });
        return presentUser(u, await unitNames(tx));
      });
    },

    /**
     * Edits an account: name, active flag, roles, password reset (admin with a recent password entry). A reset
     * ends every session and API token of the user, and (unless `mustChangePassword` is false) makes the next
     * sign-in set a new password.
     */
    async update(actor: Actor, id: string, patch: UserPatch): Promise<UserView> {
      requireAdmin(actor);
      requireRecentAuth(ctx, actor);
      const roles = patch.roles ? await checkGrants(patch.roles) : undefined;
      const target = patch.password ? await findUser(ctx.db, id) : undefined;
      if (patch.password && !target) throw notFound('user', '用户不存在');
      const oldHash = target ? ((await findUserForLogin(ctx.db, target.username))?.passwordHash ?? null) : null;
      const passwordHash = patch.password && target ? await prepareNewPassword(ctx, target, patch.password) : undefined;
      return write(ctx, actor, async (tx, audit) => {
        const before = await findUser(tx, id);
        if (!before) throw notFound('user', '用户不存在');
        if (id === actor.userId && (patch.active === false || (roles && !roles.some((r) => r.role === 'admin')))) {
          throw invalid('user.self_lockout', '不能停用自己或取消自己的管理员角色');
        }
        const fields = {
          ...(patch.displayName !== undefined ? { displayName: patch.displayName } : {}),
          ...(patch.email !== undefined ? { email: patch.email } : {}),
          ...(patch.active !== undefined ? { active: patch.active } : {}),
          ...(passwordHash ? { passwordHash } : {}),
        };
        if (!(await updateUser(tx, id, patch.version, fields))) throw conflict('user');
        if (roles) await setUserRoles(tx, id, roles);
        if (passwordHash) await afterPasswordReplaced(ctx, tx, id, oldHash, patch.mustChangePassword ?? true);
        const after = (await findUser(tx, id))!;
        await audit(
          'user',
          id,
          'update',
          { displayName: before.displayName, email: before.email, active: before.active, roles: before.roles },
          {
            displayName: after.displayName,
            email: after.email,
            active: after.active,
            roles: after.roles,
            passwordReset: Boolean(passwordHash),
          },
        );
        return presentUser(after, await unitNames(tx));
      });
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
