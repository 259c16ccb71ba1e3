import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { paramText } from '../../../../shared/i18n/index.js';
import { useMapStore } from './mapStore.js';
import type { DeptNode } from './types.js';

/** A collapsed department: one chip with its head count; clicking it opens the department again. */
function DepartmentNodeView({ data }: NodeProps<DeptNode>) {
  const { t, i18n } = useTranslation();
  const store = useMapStore();
  return (
    <>
      <Handle type="target" id="top" position={Position.Top} className="handle-hidden" isConnectable={false} />
      <button
        type="button"
        className="dept-chip nodrag"
        style={{ borderColor: data.color, color: data.color }}
        aria-label={t('map.card.expandDept', { name: data.department })}
        title={t('map.card.expandDept', { name: data.department })}
        onClick={() => store.getState().toggleDept(data.department)}
      >
        <span className="dept-chip-name">{data.department}</span>
        <span className="dept-chip-count">+{paramText(data.count, i18n.language)}</span>
      </button>
      <Handle type="source" id="bottom" position={Position.Bottom} className="handle-hidden" isConnectable={false} />
    </>
  );
}

export const DepartmentNode = memo(DepartmentNodeView);
