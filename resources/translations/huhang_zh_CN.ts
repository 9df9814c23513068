<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="59"/>
        <source>Huhang</source>
        <translation>护航</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="60"/>
        <source>The data directory cannot be opened:
%1</source>
        <translation>无法打开数据目录：
%1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="44"/>
        <source>Huhang ran into an unexpected problem. Records saved before it are safe; what you were doing just now may not have been saved.</source>
        <translation>护航遇到意外错误。此前已保存的记录不受影响；刚才正在进行的操作可能未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="51"/>
        <source>The details were written to %1. Please send that file to your administrator.</source>
        <translation>详细信息已写入 %1，请将该文件发送给系统管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="59"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="87"/>
        <source>Huhang</source>
        <translation>护航</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="41"/>
        <source>Enterprises on record</source>
        <translation>在册企业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="42"/>
        <source>Visits recorded</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="43"/>
        <source>Follow-ups due</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="44"/>
        <source>New visit</source>
        <translation>新建走访</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="47"/>
        <source>New enterprise</source>
        <translation>新建企业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="70"/>
        <source>Recent visits</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="83"/>
        <source>Double-click a visit to open it.</source>
        <translation>双击走访记录可查看详情。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="106"/>
        <source>Follow-ups overdue or due within %1 days</source>
        <translation>已逾期及%1日内到期的跟进事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="108"/>
        <source> (latest %1 of %2)</source>
        <translation>（共%2项，显示日期最近的%1项）</translation>
    </message>
</context>
<context>
    <name>DataJobs</name>
    <message>
        <location filename="../../ui/data_jobs.py" line="43"/>
        <source>Import enterprises</source>
        <translation>导入企业名录</translation>
    </message>
    <message>
        <location filename="../../ui/data_jobs.py" line="44"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/data_jobs.py" line="51"/>
        <source>Enterprises %1.xlsx</source>
        <translation>企业名录_%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/data_jobs.py" line="61"/>
        <source>The export was stopped; no file was written.</source>
        <translation>导出已中止，未生成文件。</translation>
    </message>
    <message>
        <location filename="../../ui/data_jobs.py" line="65"/>
        <source>Exported %1 enterprises to %2.</source>
        <translation>已导出 %1 家企业至 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/data_jobs.py" line="71"/>
        <source>Export enterprises</source>
        <translation>导出企业名录</translation>
    </message>
    <message>
        <location filename="../../ui/data_jobs.py" line="72"/>
        <source>Exporting to %1…</source>
        <translation>正在导出至 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/data_jobs.py" line="97"/>
        <source>Load demonstration data?</source>
        <translation>加载演示数据？</translation>
    </message>
    <message>
        <location filename="../../ui/data_jobs.py" line="99"/>
        <source>The database is empty. Load %1 fictitious Guangzhou enterprises and %2 visits to try Huhang out?

Demonstration data is for practice only; do not load it into a profile used for real casework.</source>
        <translation>当前数据库为空。是否加载 %1 家虚构的广州企业和 %2 条走访记录，用于熟悉护航的使用？

演示数据仅供练习使用，请勿加载到用于正式工作的数据目录中。</translation>
    </message>
    <message>
        <location filename="../../ui/data_jobs.py" line="118"/>
        <source>Loaded %1 enterprises and %2 visits of demonstration data.</source>
        <translation>已加载演示数据：企业 %1 家，走访记录 %2 条。</translation>
    </message>
    <message>
        <location filename="../../ui/data_jobs.py" line="127"/>
        <source>Demonstration data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/data_jobs.py" line="128"/>
        <source>Making demonstration data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
</context>
<context>
    <name>EnterpriseDetail</name>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="60"/>
        <source>Select an enterprise in the list to see its details and visits.</source>
        <translation>请在上方列表中选择企业，查看其详细信息和走访记录。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="68"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="69"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="70"/>
        <source>New visit</source>
        <translation>新建走访</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="81"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="82"/>
        <source>District</source>
        <translation>所属区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="83"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="84"/>
        <source>Ownership</source>
        <translation>企业类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="85"/>
        <source>Size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="86"/>
        <source>Tags</source>
        <translation>企业标签</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="87"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="88"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="89"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="90"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="148"/>
        <source>Visits (%1)</source>
        <translation>走访记录（%1）</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="48"/>
        <source>Edit enterprise</source>
        <translation>编辑企业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="48"/>
        <source>New enterprise</source>
        <translation>新建企业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="54"/>
        <source>18 characters, e.g. 91440101MA5XXXXXXX</source>
        <translation>18位，如 91440101MA5XXXXXXX</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="55"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="68"/>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="69"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="70"/>
        <source>District</source>
        <translation>所属区</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="71"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="72"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="73"/>
        <source>Ownership</source>
        <translation>企业类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="74"/>
        <source>Size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="75"/>
        <source>Tags</source>
        <translation>企业标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="76"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="77"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="78"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="85"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="86"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>EnterprisePicker</name>
    <message>
        <location filename="../../ui/widgets/enterprise_picker.py" line="31"/>
        <source>Type part of the name, address or credit code</source>
        <translation>输入企业名称、地址或信用代码的一部分</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enterprise_picker.py" line="64"/>
        <source>No enterprise matches &quot;%1&quot;; choose one from the list</source>
        <translation>找不到名为“%1”的企业，请从列表中选择</translation>
    </message>
</context>
<context>
    <name>EnterpriseTableModel</name>
    <message>
        <location filename="../../ui/models/enterprise_table.py" line="21"/>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprise_table.py" line="25"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprise_table.py" line="32"/>
        <source>District</source>
        <translation>所属区</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprise_table.py" line="39"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprise_table.py" line="46"/>
        <source>Ownership</source>
        <translation>企业类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprise_table.py" line="52"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprise_table.py" line="54"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>EnterprisesPage</name>
    <message>
        <location filename="../../ui/pages/enterprises.py" line="34"/>
        <source>New enterprise</source>
        <translation>新建企业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprises.py" line="37"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprises.py" line="38"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprises.py" line="41"/>
        <source>Import enterprises from an Excel (.xlsx) or CSV file</source>
        <translation>从 Excel（.xlsx）或 CSV 文件导入企业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprises.py" line="42"/>
        <source>Export all enterprises to an Excel (.xlsx) or CSV file</source>
        <translation>将全部企业导出为 Excel（.xlsx）或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprises.py" line="48"/>
        <source>All districts</source>
        <translation>全部区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprises.py" line="49"/>
        <source>All ownership types</source>
        <translation>全部企业类型</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/enterprises.py" line="58"/>
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>共 %n 家企业</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprises.py" line="82"/>
        <source>Delete the enterprise &quot;%1&quot;? Its visits are kept.</source>
        <translation>确定删除企业“%1”吗？其走访记录将保留。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprises.py" line="83"/>
        <source>Delete enterprise</source>
        <translation>删除企业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprises.py" line="83"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../ui/file_dialogs.py" line="18"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="20"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff)</source>
        <translation>图片（*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff）</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="29"/>
        <source>Import enterprises</source>
        <translation>导入企业名录</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="31"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件（*.xlsx *.csv）</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="40"/>
        <source>Export enterprises</source>
        <translation>导出企业名录</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="44"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿（*.xlsx）</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="45"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件（*.csv）</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/dialogs/form_dialog.py" line="22"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_dialog.py" line="23"/>
        <source>What you entered in this form has not been saved. Discard it?</source>
        <translation>表单中填写的内容尚未保存，确定放弃吗？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_dialog.py" line="24"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="100"/>
        <source>Fields marked &lt;span style=&quot;color:%1&quot;&gt;*&lt;/span&gt; are required.</source>
        <translation>标有&lt;span style=&quot;color:%1&quot;&gt;*&lt;/span&gt;的为必填项。</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../ui/dialogs/image_viewer.py" line="54"/>
        <source>This file cannot be shown as an image.</source>
        <translation>该文件无法作为图片显示。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/image_viewer.py" line="66"/>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/image_viewer.py" line="71"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_result.py" line="50"/>
        <source>Import result</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_result.py" line="63"/>
        <location filename="../../ui/dialogs/import_result.py" line="68"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_result.py" line="63"/>
        <source>Why it was not imported</source>
        <translation>未导入原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_result.py" line="68"/>
        <source>Imported; please check</source>
        <translation>已导入，请核对</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_result.py" line="73"/>
        <source>Rejected rows (%1)</source>
        <translation>未导入的行（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_result.py" line="74"/>
        <source>Warnings (%1)</source>
        <translation>提示（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_result.py" line="83"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_result.py" line="89"/>
        <source>The rejected rows, with the reason for each, were written to:
%1
Correct them there and import that file again.</source>
        <translation>未导入的行及原因已写入：
%1
请在该文件中更正后重新导入。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_result.py" line="95"/>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_result.py" line="102"/>
        <source>The rejected rows could not be written to a file: %1</source>
        <translation>未导入的行无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_result.py" line="111"/>
        <source>Imported from %1: %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>从 %1 导入完成：新增 %2 家，更新 %3 家，无变化 %4 家，未导入 %5 行。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_result.py" line="120"/>
        <source>The import was stopped; the rows above were saved, the rest were not read.</source>
        <translation>导入已中止：以上各行已保存，其余各行未读取。</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../ui/dialogs/job_progress.py" line="98"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>JobWatcher</name>
    <message>
        <location filename="../../ui/dialogs/job_progress.py" line="61"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ui/pages/list_page.py" line="190"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>MainStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="21"/>
        <source>Offline · not enrolled with a server</source>
        <translation>离线 · 未注册到服务器</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="34"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 项变更待同步</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <source>Huhang — business environment supervision</source>
        <translation>护航 — 营商环境监督工作平台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Problem ledger</source>
        <translation>诉求台账</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Rectification</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Letters</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Enterprises</source>
        <translation>企业名录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Sync &amp; settings</source>
        <translation>同步与设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Huhang</source>
        <translation>护航</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>New record on this screen (Ctrl+N)</source>
        <translation>在当前页面新建记录（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>New enterprise</source>
        <translation>新建企业</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>New visit</source>
        <translation>新建走访</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>Search %1 (Ctrl+F)</source>
        <translation>搜索%1（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/dialogs/messages.py" line="18"/>
        <location filename="../../ui/dialogs/messages.py" line="22"/>
        <source>Huhang</source>
        <translation>护航</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="41"/>
        <source>The problem ledger (registering, dispatching, handling and closing each demand) comes in a later release.</source>
        <translation>诉求台账（归集录入、分办、办理、反馈、办结全流程）将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="53"/>
        <source>Rectification items with deadlines and verification come in a later release.</source>
        <translation>整改事项（整改时限、核查销号）将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="63"/>
        <source>Supervision letters, reminder letters and joint-inspection notices come in a later release.</source>
        <translation>监督建议书、提醒函和联合体检通知单将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="72"/>
        <source>Statistics and charts come in a later release.</source>
        <translation>统计报表和图表将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="47"/>
        <source>Sync</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="49"/>
        <source>Offline · not enrolled with a server</source>
        <translation>离线 · 未注册到服务器</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="51"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="52"/>
        <source>Changes waiting to be sent:</source>
        <translation>待同步变更：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="54"/>
        <source>Enrolling with your commission&apos;s server comes in a later release.</source>
        <translation>注册到本级纪委监委服务器的功能将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="58"/>
        <source>Officer</source>
        <translation>干部信息</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="63"/>
        <source>Your name, as it appears on visit records</source>
        <translation>您的姓名，将显示在走访记录中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="64"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="70"/>
        <source>Officer name:</source>
        <translation>干部姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="75"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="82"/>
        <source>A new language takes effect after Huhang is restarted.</source>
        <translation>更改语言后需重新启动护航方可生效。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="84"/>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="88"/>
        <source>About this installation</source>
        <translation>关于本机</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="93"/>
        <source>Data directory:</source>
        <translation>数据目录：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="94"/>
        <source>Huhang version:</source>
        <translation>护航版本：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="95"/>
        <source>SQLite version:</source>
        <translation>SQLite 版本：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="97"/>
        <source>Qt / Python:</source>
        <translation>Qt / Python：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="145"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="149"/>
        <source>Saved. The new language takes effect after Huhang is restarted.</source>
        <translation>已保存。重新启动护航后生效。</translation>
    </message>
</context>
<context>
    <name>VisitDetail</name>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="38"/>
        <source>Select a visit in the list to see what was found and agreed.</source>
        <translation>请在上方列表中选择走访记录，查看发现的问题和企业诉求。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="45"/>
        <source>Open enterprise</source>
        <translation>查看企业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="46"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="47"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="60"/>
        <source>Visit type</source>
        <translation>走访类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="61"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="62"/>
        <source>District</source>
        <translation>所属区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="63"/>
        <source>Officers</source>
        <translation>走访人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="64"/>
        <source>Accompanying departments</source>
        <translation>陪同部门</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="65"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="66"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="67"/>
        <source>Purpose</source>
        <translation>走访目的</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="68"/>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="69"/>
        <source>Enterprise demands</source>
        <translation>企业诉求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="70"/>
        <location filename="../../ui/pages/visit_detail.py" line="142"/>
        <source>Photos</source>
        <translation>现场照片</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="130"/>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="142"/>
        <source>Photos: none</source>
        <translation>现场照片：无</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="70"/>
        <source>Edit visit</source>
        <translation>编辑走访记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="70"/>
        <source>New visit</source>
        <translation>新建走访</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="91"/>
        <source>Separate names with 、</source>
        <translation>多人以“、”分隔</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="93"/>
        <source>Separate departments with 、</source>
        <translation>多个部门以“、”分隔</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="94"/>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="95"/>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="109"/>
        <source>One demand per line; each becomes an entry in the problem ledger</source>
        <translation>每行一项诉求，每项将登记为一条诉求台账</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="115"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="116"/>
        <source>Visit type</source>
        <translation>走访类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="117"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="118"/>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="119"/>
        <source>Officers</source>
        <translation>走访人员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="120"/>
        <source>Accompanying departments</source>
        <translation>陪同部门</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="121"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="122"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="124"/>
        <source>Purpose</source>
        <translation>走访目的</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="125"/>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="126"/>
        <source>Enterprise demands</source>
        <translation>企业诉求</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="130"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="132"/>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="145"/>
        <source>Photos</source>
        <translation>现场照片</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="153"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="154"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="155"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>VisitSummaryModel</name>
    <message>
        <location filename="../../ui/models/visit_summary.py" line="26"/>
        <source>Visit time</source>
        <translation>走访时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/visit_summary.py" line="30"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/models/visit_summary.py" line="33"/>
        <source>Type</source>
        <translation>走访类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/visit_summary.py" line="34"/>
        <source>Officers</source>
        <translation>走访人员</translation>
    </message>
    <message>
        <location filename="../../ui/models/visit_summary.py" line="40"/>
        <source>Follow up by</source>
        <translation>跟进期限</translation>
    </message>
    <message>
        <location filename="../../ui/models/visit_summary.py" line="46"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../../ui/models/visit_table.py" line="26"/>
        <source>Visit time</source>
        <translation>走访时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/visit_table.py" line="33"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/models/visit_table.py" line="38"/>
        <source>Type</source>
        <translation>走访类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/visit_table.py" line="41"/>
        <source>Officers</source>
        <translation>走访人员</translation>
    </message>
    <message>
        <location filename="../../ui/models/visit_table.py" line="48"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/models/visit_table.py" line="55"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../ui/pages/visits.py" line="30"/>
        <source>New visit</source>
        <translation>新建走访</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="34"/>
        <source>All visit types</source>
        <translation>全部走访类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="35"/>
        <source>All districts</source>
        <translation>全部区</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/visits.py" line="43"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>共 %n 条走访记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="68"/>
        <source>Delete the visit to &quot;%1&quot; on %2?</source>
        <translation>确定删除 %2 对“%1”的走访记录吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="70"/>
        <source>Delete visit</source>
        <translation>删除走访记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="70"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
</TS>
