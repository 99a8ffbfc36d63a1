// lint-as: packages/services/src/some-service.ts
// expect: no-restricted-syntax
// A service reaching the database through the context's Kysely instance, with no import the import rules could see.
interface Ctx {
  db: { selectFrom(table: string): { selectAll(): { execute(): Promise<unknown[]> } } };
}
export async function everyTask(ctx: Ctx): Promise<unknown[]> {
  return ctx.db.selectFrom('tasks').selectAll().execute();
}
