// What the evaluator returns: the JSON of the command line (MODEL.md section 3),
// shared by the CLI, the worker, the canvas and the tests.

export type Verdict = 'allowed' | 'blocked' | 'unreachable' | 'mtu';

export type UnreachableReason =
  | 'disconnected'
  | 'no-address'
  | 'no-gateway'
  | 'host-unknown'
  | 'pvlan-isolated'
  | 'vlan-not-carried'
  | 'link-down'
  | 'no-uplink'
  | 'isolated'
  | 'no-route'
  | 'loop'
  | 'nat';

/** "" when allowed, "mtu" for mtu, "firewall" | "gateway-firewall" when blocked. */
export type Reason = '' | 'mtu' | 'firewall' | 'gateway-firewall' | UnreachableReason;

export type HopKind =
  | 'adapter'
  | 'vmkernel'
  | 'interface'
  | 'router'
  | 'switch'
  | 'physical-switch'
  | 'host'
  | 'firewall'
  | 'outside';

export interface Hop {
  /** An element, adapter or interface id ("" for the outside world). */
  element: string;
  kind: HopKind;
  /** One sentence in an admin's words, e.g. "tor1 Eth1/2 does not allow VLAN 100". */
  note: string;
}

export interface FlowResult {
  id: string;
  verdict: Verdict;
  reason: Reason;
  /** The deciding firewall rule id or "default"; only when blocked. */
  rule?: string;
  at: string;
  expected: 'allow' | 'deny';
  pass: boolean;
  message: string;
  hops: Hop[];
  /** Link ids (MODEL.md 2.7) the packet crossed, in order, for drawing its path. */
  links: string[];
  /** The link the flow stops at (MODEL.md 2.7, "stops at"), when it stops at one. */
  stopLink?: string;
}

export type Severity = 'error' | 'warning' | 'info';

export type ProblemCode =
  | 'mtu-mismatch'
  | 'vlan-not-carried'
  | 'uplink-vlan-inconsistent'
  | 'uplink-not-cabled'
  | 'no-uplink'
  | 'native-vlan-mismatch'
  | 'host-not-on-switch'
  | 'vlan-outside-trunk'
  | 'duplicate-ip'
  | 'gateway-not-in-subnet'
  | 'gateway-unreachable'
  | 'dhcp-no-server'
  | 'dhcp-pool-exhausted'
  | 'promiscuous-mode'
  | 'shadowed-rule'
  | 'vm-powered-off';

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  elements: string[];
  ports: string[];
  links: string[];
  message: string;
}

export type LinkStatus = 'down' | 'blocked' | 'unreachable' | 'mtu' | 'ok' | 'idle';

export interface Evaluation {
  valid: true;
  ok: boolean;
  flows: FlowResult[];
  problems: Problem[];
  links: Record<string, LinkStatus>;
}
