/**
 * The power map: the buying committee as a picture people would rather look at than read.
 * Laid out by reporting line, coloured by stance, sized by influence, with the roles nobody
 * holds as dashed slots. Drag a card onto its manager to draw the line; export as SVG or PNG.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { DecisionRole, Stakeholder } from '../../lib/model';
import { type DropDecision, layoutPowerMap, type Point } from '../../lib/powermap';
import { downloadBlob, fileName, serializeSvg, svgSize, svgToPng } from '../../lib/powermap/export';
import { useText } from '../i18n';
import { Legend, useLegend } from './Legend';
import { CARD, FONT, LEGEND_HEIGHT } from './look';
import { MapDrawing } from './MapDrawing';
import { useDragToManager } from './useDragToManager';

const MARGIN = 24;

export interface PowerMapProps {
  accountName: string;
  stakeholders: readonly Stakeholder[];
  missingRoles: readonly DecisionRole[];
  /** Saves a reporting line (undefined: no manager) and says what was decided on the stored data. */
  onSetManager: (childId: string, managerId: string | undefined) => Promise<DropDecision>;
  /** Opens a person for editing: a click on the card, or Enter. */
  onOpen: (id: string) => void;
}

type Notice = { tone: 'ok' | 'problem'; text: string };

export function PowerMap({
  accountName,
  stakeholders,
  missingRoles,
  onSetManager,
  onOpen,
}: PowerMapProps) {
  const t = useText();
  const legend = useLegend();
  const svgRef = useRef<SVGSVGElement>(null);
  const mapRef = useRef<SVGGElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState(true);
  const [notice, setNotice] = useState<Notice>();
  const rolesKey = missingRoles.join(' ');
  // The roles' contents, not the array's identity, decide the layout.
  const layout = useMemo(
    () =>
      layoutPowerMap(stakeholders, {
        missingRoles,
        nodeWidth: CARD.width,
        nodeHeight: CARD.height,
        margin: MARGIN,
      }),
    [stakeholders, rolesKey],
  );
  const byId = useMemo(() => new Map(stakeholders.map((s) => [s.id, s])), [stakeholders]);
  const nameOf = (id: string) => byId.get(id)?.name ?? '';
  const width = Math.ceil(Math.max(layout.width, legend.width + 2 * MARGIN));
  const height = Math.ceil(layout.height + LEGEND_HEIGHT);

  function toMap(event: PointerEvent): Point | undefined {
    const matrix = mapRef.current?.getScreenCTM();
    if (!matrix) return undefined;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  }

  async function drop(childId: string, managerId: string | undefined) {
    try {
      setNotice(describe(await onSetManager(childId, managerId)));
    } catch (error) {
      setNotice({ tone: 'problem', text: t('pm.saveFailed', { detail: String(error) }) });
    }
  }

  function describe(decision: DropDecision): Notice | undefined {
    if (decision.kind === 'none') return undefined;
    const name = nameOf(decision.childId);
    if (decision.kind === 'set') {
      return decision.managerId === undefined
        ? { tone: 'ok', text: t('pm.noManagerNow', { name }) }
        : { tone: 'ok', text: t('pm.nowReports', { name, manager: nameOf(decision.managerId) }) };
    }
    const manager = nameOf(decision.managerId);
    const people = decision.through.map(nameOf).join(', ');
    return {
      tone: 'problem',
      text: people
        ? t('pm.refusedThrough', { name, manager, people })
        : t('pm.refused', { name, manager }),
    };
  }

  const dragging = useDragToManager({
    nodes: layout.nodes,
    toMap,
    zoneBottom: 0,
    scroller: scrollerRef,
    onDrop: (id, managerId) => void drop(id, managerId),
    onClick: onOpen,
  });

  async function download(kind: 'svg' | 'png') {
    const svg = svgRef.current;
    if (!svg) return;
    try {
      const text = serializeSvg(svg);
      const name = fileName(t('pm.fileName', { account: accountName }), kind);
      if (kind === 'svg') {
        downloadBlob(new Blob([text], { type: 'image/svg+xml' }), name);
      } else {
        const size = svgSize(svg);
        downloadBlob(await svgToPng(text, size.width, size.height), name);
      }
    } catch (error) {
      setNotice({ tone: 'problem', text: t('pm.exportFailed', { detail: String(error) }) });
    }
  }

  const broken = layout.cycleBreaks.map(nameOf).join(', ');
  return (
    <div class="rc-pm">
      <div class="rc-pm-toolbar">
        <p class="rc-hint">{t('pm.dragHint')}</p>
        <span class="rc-actions">
          <button type="button" class="rc-button" aria-pressed={fit} onClick={() => setFit(!fit)}>
            {t('pm.fit')}
          </button>
          <button type="button" class="rc-button" onClick={() => download('svg')}>
            {t('pm.exportSvg')}
          </button>
          <button type="button" class="rc-button" onClick={() => download('png')}>
            {t('pm.exportPng')}
          </button>
        </span>
      </div>
      {notice && (
        <p class={notice.tone === 'ok' ? 'rc-success' : 'rc-alert'} role="status">
          {notice.text}
        </p>
      )}
      {broken && <p class="rc-hint">{t('pm.cycle', { names: broken })}</p>}
      <div class="rc-pm-scroll" ref={scrollerRef}>
        {/* biome-ignore lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset>; it groups the cards. */}
        <svg
          ref={svgRef}
          class="rc-pm-svg"
          xmlns="http://www.w3.org/2000/svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          style={fit ? { width: '100%', height: 'auto', maxWidth: `${width}px` } : undefined}
          font-family={FONT}
          role="group"
          aria-label={t('pm.label', { account: accountName })}
          onPointerMove={dragging.onPointerMove}
          onPointerUp={dragging.onPointerUp}
          onPointerCancel={dragging.onPointerCancel}
        >
          {dragging.drag ? (
            <NoManagerZone width={width} over={dragging.drag.target === null} />
          ) : (
            <Legend x={MARGIN} y={LEGEND_HEIGHT / 2 + 6} legend={legend} />
          )}
          <g ref={mapRef} transform={`translate(0 ${LEGEND_HEIGHT})`}>
            <MapDrawing
              layout={layout}
              people={byId}
              drag={dragging.drag}
              onNodePointerDown={dragging.onNodePointerDown}
              onOpen={onOpen}
            />
          </g>
        </svg>
      </div>
    </div>
  );
}

function NoManagerZone({ width, over }: { width: number; over: boolean }) {
  const t = useText();
  return (
    <g data-export="skip">
      <rect
        x={MARGIN}
        y={4}
        width={width - 2 * MARGIN}
        height={LEGEND_HEIGHT - 10}
        rx={8}
        fill={over ? '#e9ecfd' : '#f6f7f9'}
        stroke="#3f51d6"
        stroke-dasharray="6 4"
      />
      <text
        x={width / 2}
        y={LEGEND_HEIGHT / 2 + 3}
        text-anchor="middle"
        font-size={12}
        fill="#3f51d6"
      >
        {t('pm.noManagerZone')}
      </text>
    </g>
  );
}
