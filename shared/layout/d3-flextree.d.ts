/** The part of d3-flextree 2.x that Keyplan uses (the package ships no types). */
declare module 'd3-flextree' {
  export interface FlextreeNode<T> {
    data: T;
    /** Centre of the node's box (its size includes any gaps added to it). */
    x: number;
    /** Top of the node's box. */
    y: number;
    depth: number;
    parent: FlextreeNode<T> | null;
    children: FlextreeNode<T>[] | null;
    each(callback: (node: FlextreeNode<T>) => void): this;
  }

  export interface FlextreeOptions<T> {
    children?: (data: T) => readonly T[] | null | undefined;
    /** [width, height] of a node's box. */
    nodeSize?: (node: FlextreeNode<T>) => readonly [number, number];
    /** Extra horizontal space between two neighbouring nodes. */
    spacing?: number | ((a: FlextreeNode<T>, b: FlextreeNode<T>) => number);
  }

  export interface FlextreeLayout<T> {
    (root: FlextreeNode<T>): FlextreeNode<T>;
    hierarchy(data: T, children?: (data: T) => readonly T[] | null | undefined): FlextreeNode<T>;
  }

  export function flextree<T>(options?: FlextreeOptions<T>): FlextreeLayout<T>;
}
