// Minimal typings for the parts of @xmpp/client (which ships none) that the adapter uses.
declare module '@xmpp/client' {
  /** An ltx XML element. */
  export interface Element {
    name: string;
    attrs: Record<string, string | undefined>;
    children: (Element | string)[];
    getChild(name: string, xmlns?: string): Element | undefined;
    getChildren(name: string, xmlns?: string): Element[];
    getChildText(name: string, xmlns?: string): string | null;
    getText(): string;
    is(name: string, xmlns?: string): boolean;
    toString(): string;
  }

  export type XmlChild = Element | string | null | undefined | false;

  export function xml(
    name: string,
    attrs?: Record<string, string | number | undefined> | null,
    ...children: (XmlChild | XmlChild[])[]
  ): Element;

  export interface Jid {
    local: string;
    domain: string;
    resource: string;
    bare(): Jid;
    toString(): string;
  }

  export type Authenticate = (
    credentials: { username: string; password: string },
    mechanism: string,
  ) => Promise<void>;

  export interface ClientOptions {
    service: string;
    domain: string;
    resource?: string;
    credentials?: (authenticate: Authenticate, mechanisms: string[]) => Promise<void>;
  }

  export interface IqCaller {
    request(element: Element, timeout?: number): Promise<Element>;
  }

  export interface Reconnect {
    delay: number;
    stop(): void;
    /** Opens a new socket and stream now (what a scheduled attempt runs). */
    reconnect(): Promise<void>;
  }

  export interface Client {
    jid: Jid | null;
    status: string;
    iqCaller: IqCaller;
    reconnect: Reconnect;
    streamManagement: { on(event: 'resumed', listener: () => void): void };
    start(): Promise<Jid>;
    stop(): Promise<void>;
    disconnect(timeout?: number): Promise<void>;
    send(...elements: Element[]): Promise<void>;
    on(event: 'stanza', listener: (stanza: Element) => void): void;
    on(event: 'online', listener: (jid: Jid) => void): void;
    on(event: 'status', listener: (status: string) => void): void;
    on(event: 'error', listener: (error: Error) => void): void;
    on(event: 'offline', listener: () => void): void;
    prependListener(event: 'element', listener: (element: Element) => void): void;
    socket: { socket?: { close?: () => void; terminate?: () => void } } | null;
    /** The stream parser; null once the stream closed. (Internal to @xmpp/connection.) */
    parser: unknown;
    /** Hands socket data to the parser. (Internal to @xmpp/connection.) */
    _onData(data: unknown): void;
  }

  export function client(options: ClientOptions): Client;
}
