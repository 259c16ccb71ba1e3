import { OrgChart } from 'd3-org-chart';

/**
 * The peer the map is measured against: d3-org-chart 3.1.1 drawing the same generated org with
 * cards of the same size and about the same content, in its default view (the top person and
 * their direct reports; deeper levels folded). Bundled by bench/peer/build.ts; run by map-ui.bench.ts.
 */
export interface PeerPerson {
  id: string;
  parentId: string | null;
  name: string;
  title: string;
  department: string;
  fill: string;
  border: string;
  roles: string[];
  relationship: string;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const card = (p: PeerPerson) => `<div style="width:224px;height:104px;box-sizing:border-box;border:1.5px solid ${p.border};background:${p.fill};border-radius:8px;padding:7px 10px;font:12px/1.35 system-ui,sans-serif;color:#1f2733;overflow:hidden">
<div style="font-weight:700;font-size:14px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">${escape(p.name)}</div>
<div style="color:#5b6475;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">${escape(p.title)}</div>
<div style="display:flex;gap:4px;white-space:nowrap;overflow:hidden"><span style="border:1px solid #3056b8;color:#3056b8;border-radius:4px;padding:0 4px;font-size:11px">${escape(p.department)}</span>${p.roles
  .map((r) => `<span style="background:rgba(47,91,211,.1);color:#24479f;border-radius:3px;padding:0 5px;font-size:11px">${escape(r)}</span>`)
  .join('')}</div>
<div style="color:#5b6475;font-size:11px;margin-top:6px">${escape(p.relationship)}</div></div>`;

declare global {
  interface Window {
    /** Set by the bench before it clicks Open; the page marks when its chart is drawn. */
    __peerDrawn?: number;
  }
}

const button = document.querySelector<HTMLButtonElement>('#open')!;
button.addEventListener('click', () => {
  const size = button.dataset.size!;
  void fetch(`org-${size}.json`)
    .then((response) => response.json() as Promise<PeerPerson[]>)
    .then((people) => {
      new OrgChart<PeerPerson>()
        .container('#chart')
        .svgHeight(document.querySelector<HTMLElement>('#chart')!.clientHeight)
        .data(people)
        .nodeWidth(() => 224)
        .nodeHeight(() => 104)
        .childrenMargin(() => 64)
        .siblingsMargin(() => 28)
        // Its 400 ms transition off: what is measured is its work, not its animation.
        .duration(0)
        .nodeContent(({ data }) => card(data))
        .render();
      window.__peerDrawn = performance.now();
    });
});
