/** The little of d3-org-chart 3.1.1 that bench/peer uses (it ships no types). Every setter returns the chart. */
declare module 'd3-org-chart' {
  export class OrgChart<Datum> {
    container(selector: string | HTMLElement): this;
    data(data: Datum[]): this;
    nodeWidth(width: () => number): this;
    nodeHeight(height: () => number): this;
    childrenMargin(margin: () => number): this;
    siblingsMargin(margin: () => number): this;
    compactMarginBetween(margin: () => number): this;
    compactMarginPair(margin: () => number): this;
    duration(ms: number): this;
    svgHeight(px: number): this;
    nodeContent(content: (node: { data: Datum; width: number; height: number }) => string): this;
    render(): this;
  }
}
