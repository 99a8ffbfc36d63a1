import { Button, Card, Input } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Loadable, PageHead } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { UnitEditModal } from './unit-edit-modal.js';
import { UnitMergeModal } from './unit-merge-modal.js';
import { UnitsTable } from './units-table.js';
import { useUnitsAdmin } from './use-units-admin.js';
import { useScreens } from '../../layout/use-screens.js';

/** The unit directory: canonical names, aliases, merging duplicates, deleting units created by mistake. */
export default function UnitsPage() {
  const { t } = useI18n();
  const phone = !useScreens().md;
  const { units, all, shown, setQ, editing, setEditing, merging, setMerging, into, setInto, busy, form, open, save, merge, remove } =
    useUnitsAdmin();

  return (
    <>
      <PageHead
        title={t('单位管理')}
        sub={t('维护规范单位名称和别名，导入方案时据此识别责任单位')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
            {t('新建单位')}
          </Button>
        }
      />
      <Card size="small">
        <Input.Search
          allowClear
          placeholder={t('搜索单位名称或别名')}
          aria-label={t('搜索单位名称或别名')}
          onSearch={setQ}
          onChange={(e) => !e.target.value && setQ('')}
          style={{ maxWidth: 320, marginBottom: 12 }}
        />
        <Loadable loading={units.loading && !units.data} error={units.error} reload={units.reload}>
          <UnitsTable units={shown} phone={phone} onEdit={open} onMerge={setMerging} onRemove={remove} />
        </Loadable>
      </Card>
      <UnitEditModal
        open={!!editing}
        creating={editing === 'new'}
        form={form}
        busy={busy}
        onSave={save}
        onCancel={() => setEditing(null)}
      />
      <UnitMergeModal
        merging={merging}
        units={all}
        into={into}
        setInto={setInto}
        busy={busy}
        onMerge={merge}
        onCancel={() => setMerging(null)}
      />
    </>
  );
}
