import { preparedRows, runPrepared } from '../prepared.js';
import { newId, nowIso } from '../util.js';
import type { Db } from './types.js';

/** A comment or a leader's instruction (批示) on a task. */
export interface CommentRecord {
  id: string;
  taskId: string;
  userId: string | null;
  username: string | null;
  kind: 'comment' | 'instruction';
  body: string;
  createdAt: string;
}

/** Adds a comment or instruction. */
export async function insertComment(
  db: Db,
  c: { taskId: string; userId: string | null; kind: CommentRecord['kind']; body: string },
): Promise<string> {
  const id = newId();
  const row = preparedRows([{ id, task_id: c.taskId, user_id: c.userId, kind: c.kind, body: c.body, created_at: nowIso() }]);
  await runPrepared(db, 'comment.insert', row.values, (v) => db.insertInto('comments').values(row.rows(v)));
  return id;
}

/** A task's comments and instructions, oldest first. */
export async function listComments(db: Db, taskId: string): Promise<CommentRecord[]> {
  const { rows } = await runPrepared(db, 'comment.list', [taskId], (v) =>
    db
      .selectFrom('comments')
      .leftJoin('users', 'users.id', 'comments.user_id')
      .select([
        'comments.id',
        'comments.task_id',
        'comments.user_id',
        'comments.kind',
        'comments.body',
        'comments.created_at',
        'users.username',
      ])
      .where('comments.task_id', '=', v<string>(0))
      .orderBy('comments.created_at'),
  );
  return rows.map((r) => ({
    id: r.id,
    taskId: r.task_id,
    userId: r.user_id,
    username: r.username,
    kind: r.kind as CommentRecord['kind'],
    body: r.body,
    createdAt: r.created_at,
  }));
}
