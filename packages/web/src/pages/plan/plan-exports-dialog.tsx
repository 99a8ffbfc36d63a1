import { useState } from 'react';
import { App, Button, Descriptions, Modal, Select, Space, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { uploadTo } from '../../api/call.js';
import { useAction, useApiQuery } from '../../api/query.js';
import { useI18n } from '../../i18n/i18n.js';
import type { ExportsProps } from './plan-exports-button.js';

/**
 * The dialog of the plan's official exports: 任务清单 (.xlsx), and per period the 进展情况汇总表, the indicator values sheet (export,
 * and import once filled in) and a unit's 述职 pack.
 */
export default function PlanExportsDialog({
  planId,
  units,
  published,
  canImport,
  open,
  onClose,
}: ExportsProps & { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [periodId, setPeriodId] = useState<string | undefined>();
  const [unitId, setUnitId] = useState<string | undefined>();
  const periods = useApiQuery('GET /api/plans/:id/periods', open && published ? { params: { id: planId } } : null);
  const { run } = useAction();
  const known = units.filter((u): u is { unitId: string; name: string } => !!u.unitId);

  const importSheet = async (file: File) => {
    const form = new FormData();
    form.append('file', file);
    const r = await run(() => uploadTo('POST /api/plans/:id/imports/indicator-values', form, { input: { params: { id: planId } } }));
    if (r) {
      const problems = r.problems.map((p) => t('第 {row} 行：{m}', { row: p.row, m: p.message })).join('；');
      void (r.problems.length ? message.warning : message.success)(
        t('已导入 {n} 项，未变 {u} 项', { n: r.imported, u: r.unchanged }) + (problems ? `；${problems}` : ''),
      );
    }
    return false;
  };

  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('导出报表')} width={640}>
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('任务清单')}>
          <Button icon={<DownloadOutlined />} href={`/api/plans/${planId}/exports/task-list`}>
            {t('任务清单 .xlsx')}
          </Button>
        </Descriptions.Item>
        {published && (
          <Descriptions.Item label={t('报送周期')}>
            <Select
              placeholder={t('选择报送周期')}
              aria-label={t('报送周期')}
              style={{ minWidth: 200 }}
              value={periodId}
              onChange={setPeriodId}
              options={(periods.data?.items ?? []).map((p) => ({ value: p.id, label: p.label }))}
            />
          </Descriptions.Item>
        )}
        {published && (
          <Descriptions.Item label={t('按周期')}>
            <Space wrap>
              <Button disabled={!periodId} href={periodId ? `/api/plans/${planId}/exports/progress?period=${periodId}` : undefined}>
                {t('进展情况汇总表')}
              </Button>
              <Button disabled={!periodId} href={periodId ? `/api/plans/${planId}/exports/indicator-values?period=${periodId}` : undefined}>
                {t('指标值表')}
              </Button>
              {canImport && (
                <Upload accept=".xlsx" showUploadList={false} beforeUpload={importSheet}>
                  <Button icon={<UploadOutlined />}>{t('导入指标值表')}</Button>
                </Upload>
              )}
            </Space>
          </Descriptions.Item>
        )}
        {published && (
          <Descriptions.Item label={t('部门述职材料')}>
            <Space wrap>
              <Select
                placeholder={t('选择单位')}
                aria-label={t('选择单位')}
                style={{ minWidth: 200 }}
                value={unitId}
                onChange={setUnitId}
                showSearch
                optionFilterProp="label"
                options={known.map((u) => ({ value: u.unitId, label: u.name }))}
              />
              <Button
                disabled={!periodId || !unitId}
                href={periodId && unitId ? `/api/units/${unitId}/report-pack?plan=${planId}&period=${periodId}` : undefined}
              >
                {t('述职材料 .docx')}
              </Button>
            </Space>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Modal>
  );
}
