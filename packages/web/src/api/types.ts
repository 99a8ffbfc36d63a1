// Shapes of the API as agreed with the API helpers. Kept loose where the server may add fields.

export type Role = 'admin' | 'office' | 'liaison' | 'leader' | string;
export type Colour = 'blue' | 'yellow' | 'red' | string;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface User {
  id: string;
  username: string;
  displayName?: string | null;
  unitId?: string | null;
  unitName?: string | null;
  roles?: Role[];
  active?: boolean;
}

export interface Session {
  user: User;
  roles: Role[];
  csrfToken?: string;
}

export interface Unit {
  id: string;
  name: string;
  shortName?: string | null;
  aliases?: string[];
  kind?: string | null;
  active?: boolean;
}

export interface Span {
  start: number;
  end: number;
  line?: number;
}

export interface Diagnostic {
  code: string;
  severity: 'info' | 'warning' | 'error';
  message: string;
  source: Span | null;
}

export interface TaskUnit {
  name: string;
  unitId?: string | null;
  canonicalId?: string | null;
  canonicalName?: string | null;
  role: 'lead' | 'participant';
}

export interface Task {
  id: string;
  planId: string;
  kind?: string;
  number: string | null;
  path: string[];
  title: string | null;
  text: string;
  units: TaskUnit[];
  due: string[];
  ongoing?: boolean;
  deadlineText?: string | null;
  status?: string;
  colour?: Colour;
  version?: number;
  source?: Span | null;
  progress?: number | null;
}

export interface Indicator {
  id: string;
  planId: string;
  name: string;
  text?: string;
  baseline: number | null;
  target: number;
  unit: string;
  comparator: string;
  due: string | null;
  latest?: number | null;
  achievement?: number | null;
  values?: { period?: string; at?: string; value: number }[];
  source?: Span | null;
}

export interface Plan {
  id: string;
  title: string | null;
  issuer?: string | null;
  docNumber?: string | null;
  date?: string | null;
  planYear?: number | null;
  status: 'draft' | 'published' | string;
  taskCount?: number;
  indicatorCount?: number;
  createdAt?: string;
  publishedAt?: string | null;
  version?: number;
}

export interface PlanDetail extends Plan {
  tasks: Task[];
  indicators: Indicator[];
  diagnostics: Diagnostic[];
}

export interface Report {
  id: string;
  taskId: string;
  periodId?: string;
  unitId?: string;
  status: 'draft' | 'submitted' | 'returned' | 'accepted' | string;
  progress?: string;
  percent?: number | null;
  text?: string;
  returnReason?: string | null;
  submittedAt?: string | null;
  evidence?: { id: string; filename: string; size?: number; url?: string }[];
  indicatorValues?: { indicatorId: string; value: number }[];
  version?: number;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor?: string | null;
  action: string;
  entity?: string;
  entityId?: string;
  detail?: unknown;
  reason?: string | null;
}
