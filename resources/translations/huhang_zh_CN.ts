<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="65"/>
        <source>%1 — %2 selected entries</source>
        <translation>%1 — 已选 %2 条</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="68"/>
        <source>Only the selected entries awaiting receipt (待签收) are dispatched; the others are skipped and listed afterwards.</source>
        <translation>仅分办所选条目中状态为“待签收”的条目；其余条目将跳过，并在完成后列出。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="73"/>
        <source>%1 — entry %2</source>
        <translation>%1 — 台账条目 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="74"/>
        <source>Entry %1: %2</source>
        <translation>台账条目 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="84"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="101"/>
        <source>Optional: who handles it in that department</source>
        <translation>选填：责任单位的具体承办人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="102"/>
        <source>Responsible department</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="103"/>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="107"/>
        <source>What the department did and replied</source>
        <translation>责任单位的办理情况及答复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="108"/>
        <source>Reply</source>
        <translation>反馈情况</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="111"/>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="128"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="113"/>
        <source>Optional: how and when the enterprise was asked</source>
        <translation>选填：回访方式和时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="114"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="115"/>
        <source>Return visit</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="124"/>
        <source>New due date</source>
        <translation>新的到期日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="129"/>
        <source>Coordination level</source>
        <translation>协调层级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="134"/>
        <source>Closing files the entry as done (办结). It then takes no further steps. Close it now?</source>
        <translation>办结后该条目归档，不再进行后续办理。确定现在办结吗？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="141"/>
        <source>Why it goes back, and on what basis</source>
        <translation>退回的理由及依据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="142"/>
        <source>What the enterprise is still unhappy about</source>
        <translation>企业仍不满意的问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="143"/>
        <source>Why more time is needed</source>
        <translation>需要延期的原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="144"/>
        <source>Why the department cannot solve it alone</source>
        <translation>需要提级协调的原因（责任单位难以单独解决的问题）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="147"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_action_dialog.py" line="151"/>
        <source>Due now: %1</source>
        <translation>当前到期日期：%1</translation>
    </message>
</context>
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
    <name>BulkResultDialog</name>
    <message>
        <location filename="../../ui/dialogs/bulk_result.py" line="37"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_result.py" line="37"/>
        <source>Why it was skipped</source>
        <translation>跳过原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_result.py" line="52"/>
        <source>Close</source>
        <translation>关闭</translation>
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
        <location filename="../../ui/pages/dashboard.py" line="97"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="98"/>
        <source>Due within %1 days</source>
        <translation>%1日内到期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="99"/>
        <source>My open entries</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="100"/>
        <source>Letter replies overdue</source>
        <translation>文书回复逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="101"/>
        <source>Enterprises on record</source>
        <translation>在册企业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="102"/>
        <source>Visits recorded</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="103"/>
        <source>Follow-ups due</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="104"/>
        <source>New visit</source>
        <translation>新建走访</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="107"/>
        <source>New enterprise</source>
        <translation>新建企业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="146"/>
        <source>Recent visits</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="170"/>
        <source>Double-click a row to open it.</source>
        <translation>双击一行可打开该记录。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="219"/>
        <source>Entries overdue or due within %1 days (%2)</source>
        <translation>已逾期及%1日内到期的诉求（%2条）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="221"/>
        <source> — the %1 most urgent</source>
        <translation> — 显示最紧急的%1条</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="223"/>
        <source>My open entries — %1 (%2)</source>
        <translation>我的待办 — %1（%2条）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="224"/>
        <source>Letters with overdue replies (%1)</source>
        <translation>回复逾期的文书（%1份）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="225"/>
        <source>Follow-ups overdue or due within %1 days</source>
        <translation>已逾期及%1日内到期的跟进事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="227"/>
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
        <location filename="../../ui/data_jobs.py" line="100"/>
        <source>Load demonstration data?</source>
        <translation>加载演示数据？</translation>
    </message>
    <message>
        <location filename="../../ui/data_jobs.py" line="102"/>
        <source>The database is empty. Load %1 fictitious Guangzhou enterprises, %2 visits, %3 ledger entries and %4 letters to try Huhang out?

Demonstration data is for practice only; do not load it into a profile used for real casework.</source>
        <translation>数据库为空。是否加载 %1 家虚构的广州企业、%2 条走访记录、%3 条诉求台账和 %4 件文书，以便试用护航？

演示数据仅供练习，请勿加载到用于正式办案的数据目录。</translation>
    </message>
    <message>
        <location filename="../../ui/data_jobs.py" line="123"/>
        <source>Loaded demonstration data: %1 enterprises, %2 visits, %3 ledger entries and %4 letters.</source>
        <translation>已加载演示数据：企业 %1 家，走访记录 %2 条，诉求台账 %3 条，文书 %4 件。</translation>
    </message>
    <message>
        <location filename="../../ui/data_jobs.py" line="135"/>
        <source>Demonstration data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/data_jobs.py" line="136"/>
        <source>Making demonstration data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="194"/>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="202"/>
        <source>Record delivery</source>
        <translation>登记送达</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="198"/>
        <source>Who signed the delivery receipt</source>
        <translation>在送达回证上签收的人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="200"/>
        <source>Delivered on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="201"/>
        <source>Received by</source>
        <translation>签收人</translation>
    </message>
</context>
<context>
    <name>EnterpriseDetail</name>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="59"/>
        <source>Select an enterprise in the list to see its details and visits.</source>
        <translation>请在上方列表中选择企业，查看其详细信息和走访记录。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="67"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="68"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="69"/>
        <source>New visit</source>
        <translation>新建走访</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="80"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="81"/>
        <source>District</source>
        <translation>所属区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="82"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="83"/>
        <source>Ownership</source>
        <translation>企业类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="84"/>
        <source>Size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="85"/>
        <source>Tags</source>
        <translation>企业标签</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="86"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="87"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="88"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="89"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/enterprise_detail.py" line="147"/>
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
        <location filename="../../ui/widgets/enterprise_picker.py" line="30"/>
        <source>Type part of the name, address or credit code</source>
        <translation>输入企业名称、地址或信用代码的一部分</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enterprise_picker.py" line="63"/>
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
        <location filename="../../ui/file_dialogs.py" line="19"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="21"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff)</source>
        <translation>图片（*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff）</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="30"/>
        <source>Import enterprises</source>
        <translation>导入企业名录</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="32"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件（*.xlsx *.csv）</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="41"/>
        <source>Export enterprises</source>
        <translation>导出企业名录</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="45"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿（*.xlsx）</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="46"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件（*.csv）</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="62"/>
        <source>Verify a letter PDF</source>
        <translation>核验文书PDF</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="64"/>
        <location filename="../../ui/file_dialogs.py" line="74"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="72"/>
        <source>Save letter as PDF</source>
        <translation>文书另存为PDF</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="96"/>
        <source>Print letters</source>
        <translation>打印文书</translation>
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
    <name>LedgerDetail</name>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="65"/>
        <source>Select an entry in the list to see its details, timeline and next steps.</source>
        <translation>在列表中选择一条诉求，查看详细信息、办理过程和下一步操作。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="74"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="80"/>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="83"/>
        <source>none — the entry is closed</source>
        <translation>无 — 该条目已办结</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="85"/>
        <source>New rectification item</source>
        <translation>新建整改事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="87"/>
        <source>Draft letter</source>
        <translation>制发文书</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="88"/>
        <source>Draft a supervision-suggestion letter about this entry</source>
        <translation>就该条目起草监督建议书</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="111"/>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="137"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="138"/>
        <source>Matter type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="139"/>
        <source>Problem scenario</source>
        <translation>问题场景</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="140"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="141"/>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="142"/>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="143"/>
        <source>Responsible department</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="144"/>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="145"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="146"/>
        <source>Closed at</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="150"/>
        <source>Due date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="151"/>
        <source>Escalation</source>
        <translation>提级协调</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="152"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="153"/>
        <source>Details</source>
        <translation>具体情况</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="154"/>
        <source>Return visit</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="155"/>
        <source>Reply</source>
        <translation>反馈情况</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="156"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="160"/>
        <source>From visit</source>
        <translation>来源走访</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="161"/>
        <source>Rectification items</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="162"/>
        <source>Letters</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="219"/>
        <source>Timeline (%1)</source>
        <translation>办理过程（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="240"/>
        <source>Provisional: the holiday arrangement for that year is not published yet, so Monday to Friday were counted as working days. It is recomputed once the arrangement is known.</source>
        <translation>暂定：该年度节假日安排尚未公布，暂按周一至周五计算工作日；安排公布后将重新计算。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="252"/>
        <source>Not escalated</source>
        <translation>未提级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_detail.py" line="276"/>
        <source>(draft)</source>
        <translation>（草稿）</translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="62"/>
        <source>Edit ledger entry</source>
        <translation>编辑台账条目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="62"/>
        <source>New ledger entry</source>
        <translation>新建台账条目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="81"/>
        <source>Work-order or letter number, if any</source>
        <translation>工单号或来信编号（如有）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="91"/>
        <source>One line: what the enterprise asks or complains about</source>
        <translation>一句话概括企业反映的诉求或问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="95"/>
        <source>Filled in when dispatched</source>
        <translation>分办时填写</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="99"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="100"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="101"/>
        <source>Source reference</source>
        <translation>来源编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="102"/>
        <source>Matter type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="103"/>
        <source>Problem scenario</source>
        <translation>问题场景</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="104"/>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="105"/>
        <source>Due date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="107"/>
        <source>Summary</source>
        <translation>问题摘要</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="108"/>
        <source>Details</source>
        <translation>具体情况</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="109"/>
        <source>Responsible department</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="110"/>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="117"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="118"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="119"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="224"/>
        <source>%1 (%2 from acceptance)</source>
        <translation>%1（自受理之日起%2）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_entry_dialog.py" line="230"/>
        <source>Provisional: the holiday arrangement for that year is not published yet, so Monday to Friday were counted as working days.</source>
        <translation>暂定：该年度节假日安排尚未公布，暂按周一至周五计算工作日。</translation>
    </message>
</context>
<context>
    <name>LedgerFiles</name>
    <message>
        <location filename="../../ui/dialogs/ledger_files.py" line="31"/>
        <source>Import problem ledger</source>
        <translation>导入问题台账</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_files.py" line="33"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_files.py" line="42"/>
        <source>Export problem ledger</source>
        <translation>导出问题台账</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_files.py" line="46"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_files.py" line="47"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_files.py" line="58"/>
        <source>Export charts</source>
        <translation>导出统计图表</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_files.py" line="60"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_files.py" line="69"/>
        <source>Add evidence</source>
        <translation>添加整改佐证材料</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_files.py" line="73"/>
        <source>Evidence (*.png *.jpg *.jpeg *.pdf *.doc *.docx *.ofd)</source>
        <translation>佐证材料 (*.png *.jpg *.jpeg *.pdf *.doc *.docx *.ofd)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_files.py" line="74"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>LedgerFilterBar</name>
    <message>
        <location filename="../../ui/pages/ledger_filters.py" line="33"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_filters.py" line="34"/>
        <source>All matter types</source>
        <translation>全部事项类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_filters.py" line="35"/>
        <source>All scenarios</source>
        <translation>全部问题场景</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_filters.py" line="36"/>
        <source>All districts</source>
        <translation>全部行政区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_filters.py" line="41"/>
        <source>All departments</source>
        <translation>全部责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_filters.py" line="45"/>
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_filters.py" line="46"/>
        <source>Due from</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_filters.py" line="69"/>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>LedgerImportResultDialog</name>
    <message>
        <location filename="../../ui/dialogs/ledger_import_result.py" line="22"/>
        <source>%1 enterprise(s) named in the file were not in the registry and were added; complete their details in the enterprise register.</source>
        <translation>文件中有%1家企业不在企业名录中，已自动新增，请到企业名录中补全其信息。</translation>
    </message>
</context>
<context>
    <name>LedgerJobs</name>
    <message>
        <location filename="../../ui/pages/ledger_jobs.py" line="58"/>
        <source>Import problem ledger</source>
        <translation>导入问题台账</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_jobs.py" line="59"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_jobs.py" line="67"/>
        <source>Ledger selection %1.xlsx</source>
        <translation>问题台账（所选）%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_jobs.py" line="68"/>
        <source>Problem ledger %1.xlsx</source>
        <translation>问题台账 %1.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_jobs.py" line="87"/>
        <source>The export was stopped; no file was written.</source>
        <translation>导出已中止，未写入文件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_jobs.py" line="91"/>
        <source>Exported %1 ledger entries to %2.</source>
        <translation>已导出 %1 条台账记录至 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_jobs.py" line="97"/>
        <source>Export problem ledger</source>
        <translation>导出问题台账</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_jobs.py" line="98"/>
        <source>Exporting to %1…</source>
        <translation>正在导出至 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_jobs.py" line="113"/>
        <source>Dispatched %1 entries to %2; %3 skipped.</source>
        <translation>已将 %1 条诉求分办至%2，跳过 %3 条。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_jobs.py" line="119"/>
        <source>Stopped before the end of the selection.</source>
        <translation>操作在处理完所选条目前已中止。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_jobs.py" line="123"/>
        <location filename="../../ui/pages/ledger_jobs.py" line="129"/>
        <source>Bulk dispatch</source>
        <translation>批量分办</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger_jobs.py" line="130"/>
        <source>Dispatching to %1…</source>
        <translation>正在分办至%1…</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../ui/pages/ledger.py" line="64"/>
        <source>New entry</source>
        <translation>新建台账</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="66"/>
        <source>Register a new entry (Ctrl+N)</source>
        <translation>登记新的诉求（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="68"/>
        <source>Bulk dispatch…</source>
        <translation>批量分办…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="70"/>
        <source>Dispatch the selected entries awaiting receipt to a department</source>
        <translation>将所选待签收的诉求分办至责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="73"/>
        <source>Draft letter</source>
        <translation>制发文书</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="75"/>
        <source>Draft a supervision-suggestion letter about the selected entries</source>
        <translation>就所选诉求起草监督建议书</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="78"/>
        <source>Export selected…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="80"/>
        <source>Export ledger…</source>
        <translation>导出台账…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="81"/>
        <source>Export the entries the list shows now to Excel</source>
        <translation>将列表当前显示的诉求导出为 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="83"/>
        <source>Import ledger…</source>
        <translation>导入台账…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="84"/>
        <source>Import entries from an Excel (.xlsx) or CSV ledger</source>
        <translation>从 Excel（.xlsx）或 CSV 台账导入诉求</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/ledger.py" line="191"/>
        <source>%n entries</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="204"/>
        <source>%1 selected</source>
        <translation>已选 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="279"/>
        <source>The entries have no responsible department yet; dispatch them first.</source>
        <translation>所选诉求尚无责任单位，请先分办。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ledger.py" line="288"/>
        <source>The entries belong to different departments (%1). A letter has one addressee: select the entries of one department.</source>
        <translation>所选诉求分属不同责任单位（%1）。一份文书只有一个主送机关，请选择同一责任单位的诉求。</translation>
    </message>
</context>
<context>
    <name>LedgerSettings</name>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="62"/>
        <source>Problem ledger</source>
        <translation>诉求台账</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="72"/>
        <source>Time limit for %1 matters</source>
        <translation>%1类事项的办理时限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="78"/>
        <source>Time limits (days):</source>
        <translation>办理时限（天）：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="80"/>
        <source>Working days (holidays and 调休 observed)</source>
        <translation>工作日（扣除法定节假日，计入调休上班日）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="81"/>
        <source>Calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="89"/>
        <source>Count in:</source>
        <translation>计算方式：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="94"/>
        <source>The holiday calendar covers %1–%2. For later years Monday to Friday count as working days and the due date is marked provisional until an update brings that year&apos;s arrangement.</source>
        <translation>节假日日历覆盖 %1–%2 年。此后年份暂按周一至周五计算工作日，到期日期标注为“暂定”，待更新该年度节假日安排后重新计算。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="110"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="111"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="112"/>
        <source>Restore defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="123"/>
        <source>Problem scenarios:</source>
        <translation>问题场景：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="125"/>
        <source>Double-click to rename, drag to reorder. Entries keep the scenario they have.</source>
        <translation>双击可修改名称，拖动可调整顺序。已登记条目的问题场景不受影响。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="127"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="147"/>
        <source>New scenario</source>
        <translation>新问题场景</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="160"/>
        <source>Keep at least one problem scenario.</source>
        <translation>至少保留一个问题场景。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="162"/>
        <source>A problem scenario has no name.</source>
        <translation>有问题场景未填写名称。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="165"/>
        <source>“%1” is longer than %2 characters.</source>
        <translation>“%1”超过%2个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="168"/>
        <source>“%1” is in the list twice.</source>
        <translation>“%1”重复出现。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="196"/>
        <source>Saved. New entries get these time limits.</source>
        <translation>已保存，新登记的诉求将按此时限计算到期日期。</translation>
    </message>
</context>
<context>
    <name>LedgerSummaryModel</name>
    <message>
        <location filename="../../ui/models/ledger_summary.py" line="24"/>
        <source>Due</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_summary.py" line="25"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_summary.py" line="26"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_summary.py" line="27"/>
        <source>Summary</source>
        <translation>问题摘要</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_summary.py" line="31"/>
        <source>Department</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_summary.py" line="33"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_summary.py" line="39"/>
        <source>Reply due</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_summary.py" line="40"/>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_summary.py" line="41"/>
        <source>Addressee</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_summary.py" line="42"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <location filename="../../ui/models/ledger_table.py" line="28"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_table.py" line="31"/>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_table.py" line="38"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_table.py" line="45"/>
        <source>Matter type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_table.py" line="52"/>
        <source>Problem scenario</source>
        <translation>问题场景</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_table.py" line="57"/>
        <source>Summary</source>
        <translation>问题摘要</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_table.py" line="60"/>
        <source>Responsible department</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_table.py" line="65"/>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_table.py" line="66"/>
        <source>Due date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_table.py" line="67"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>LedgerText</name>
    <message>
        <location filename="../../ui/models/ledger_text.py" line="59"/>
        <source>overdue by %1 day(s)</source>
        <translation>逾期%1天</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_text.py" line="61"/>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_text.py" line="62"/>
        <source>%1 day(s) left</source>
        <translation>剩余%1天</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_text.py" line="70"/>
        <source>%1 · overdue</source>
        <translation>%1 · 逾期</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_text.py" line="74"/>
        <source>%1 · due today</source>
        <translation>%1 · 今天到期</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_text.py" line="75"/>
        <source>%1 · %2 day(s) left</source>
        <translation>%1 · 剩余%2天</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_text.py" line="83"/>
        <source>%1 (provisional)</source>
        <translation>%1（暂定）</translation>
    </message>
</context>
<context>
    <name>LedgerTimeline</name>
    <message>
        <location filename="../../ui/models/ledger_timeline.py" line="42"/>
        <source>Registered</source>
        <translation>登记录入</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_timeline.py" line="44"/>
        <source>Imported</source>
        <translation>从台账导入</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_timeline.py" line="50"/>
        <source>Department</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_timeline.py" line="51"/>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_timeline.py" line="52"/>
        <source>Reply</source>
        <translation>反馈情况</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_timeline.py" line="53"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_timeline.py" line="54"/>
        <source>Return visit</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_timeline.py" line="55"/>
        <source>New due date</source>
        <translation>新的到期日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_timeline.py" line="56"/>
        <source>Previous due date</source>
        <translation>原到期日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_timeline.py" line="57"/>
        <source>Level</source>
        <translation>协调层级</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_timeline.py" line="58"/>
        <source>Closed at</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_timeline.py" line="87"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_timeline.py" line="88"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_timeline.py" line="89"/>
        <source>Step</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_timeline.py" line="90"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_timeline.py" line="91"/>
        <source>Reason and details</source>
        <translation>理由及说明</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <location filename="../../ui/pages/letter_actions.py" line="49"/>
        <source>Printing cancelled; nothing was printed.</source>
        <translation>已取消打印，未打印任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_actions.py" line="51"/>
        <source>Sent %n letter(s) to the printer.</source>
        <translation>已将 %n 件文书发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_actions.py" line="56"/>
        <source>Printing letters</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_actions.py" line="57"/>
        <source>Preparing the pages for the printer…</source>
        <translation>正在为打印机准备页面…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_actions.py" line="67"/>
        <source>Export letters as PDF to</source>
        <translation>选择导出PDF的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_actions.py" line="75"/>
        <source>Cancelled: %n PDF file(s) of %1 saved to %2.</source>
        <translation>已取消：共 %1 件，已将其中 %n 个PDF文件保存到 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_actions.py" line="80"/>
        <source>Saved %n PDF file(s) to %1.</source>
        <translation>已将 %n 个PDF文件保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_actions.py" line="89"/>
        <source>Exporting letters</source>
        <translation>导出文书</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_actions.py" line="90"/>
        <source>Writing the PDF files…</source>
        <translation>正在写入PDF文件…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_actions.py" line="122"/>
        <source>Verify a letter PDF</source>
        <translation>核验文书PDF</translation>
    </message>
</context>
<context>
    <name>LetterDetail</name>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="64"/>
        <source>Select a letter in the list, or create one with New letter (Ctrl+N).</source>
        <translation>在列表中选择一件文书，或点击“新建文书”（Ctrl+N）起草。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="75"/>
        <source>Issue…</source>
        <translation>签发…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="77"/>
        <location filename="../../ui/pages/letter_detail.py" line="315"/>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="78"/>
        <source>Record delivery…</source>
        <translation>登记送达…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="79"/>
        <source>Record reply…</source>
        <translation>登记反馈…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="80"/>
        <source>Close…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="81"/>
        <source>Make correction</source>
        <translation>制作更正文书</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="83"/>
        <source>A new draft copying this letter; once issued it supersedes this one</source>
        <translation>复制本文书生成新草稿；新文书签发后取代本文书</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="85"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="86"/>
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="150"/>
        <source>The changes to this letter could not be saved; correct them first.</source>
        <translation>本文书的修改未能保存，请先修改标出的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="173"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="207"/>
        <source>Rectification: %1</source>
        <translation>整改事项：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="209"/>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="225"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="246"/>
        <source>Updating the preview…</source>
        <translation>正在更新预览…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="265"/>
        <source>Draft preview: the number and QR code are added when the letter is issued.</source>
        <translation>草稿预览：签发时加注文号和二维码。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="267"/>
        <source>Issued original, as stored and verified.</source>
        <translation>签发原件（已存档并校验）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="277"/>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="293"/>
        <source>Correct the marked fields before issuing.</source>
        <translation>请先修改标出的字段再签发。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="299"/>
        <source>Once issued, the letter can no longer be changed: it is given the next number %1〔%2〕 and its PDF is kept as the original.

Issue “%3”?</source>
        <translation>签发后文书不可修改，将分配文号%1〔%2〕的下一个序号，并保存PDF签发原件。

确定签发《%3》吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="306"/>
        <source>Issue letter</source>
        <translation>签发文书</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="306"/>
        <source>Issue</source>
        <translation>签发</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="314"/>
        <source>Delete the draft “%1”?</source>
        <translation>删除草稿《%1》吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="315"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="348"/>
        <source>Close letter %1? The reply is accepted and the letter needs no more follow-up.</source>
        <translation>办结文书%1吗？办结表示反馈已认可，不再跟踪。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_detail.py" line="351"/>
        <source>Close letter</source>
        <translation>办结</translation>
    </message>
</context>
<context>
    <name>LetterDialogs</name>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="71"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="104"/>
        <source>Red letterhead</source>
        <translation>红头</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="105"/>
        <source>Print the issuing organ&apos;s red heading and rule (红头)</source>
        <translation>印制发文机关标志和红色分隔线（红头）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="115"/>
        <source>One organisation per line</source>
        <translation>每行一个单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="128"/>
        <source>One requirement per line</source>
        <translation>每行一条要求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="136"/>
        <source>Letter date</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="139"/>
        <source>Contact person and telephone for the reply</source>
        <translation>反馈联系人及联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="140"/>
        <source>One attachment per line</source>
        <translation>每行一个附件名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="141"/>
        <source>The signing organ; one per line</source>
        <translation>署名机关，每行一个</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="145"/>
        <source>One paragraph per line</source>
        <translation>每行一段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="146"/>
        <source>Regenerate body from template</source>
        <translation>按模板重新生成正文</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="148"/>
        <source>Write the standard body again from the problems, requirements, deadline and contact</source>
        <translation>根据存在的问题、整改要求、整改期限和联系人重新生成标准正文</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="172"/>
        <source>Kind</source>
        <translation>文书类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="173"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="174"/>
        <source>Issuing organ</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="175"/>
        <source>Addressee</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="176"/>
        <source>Copy to</source>
        <translation>抄送</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="177"/>
        <source>Problems</source>
        <translation>存在的问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="178"/>
        <source>Requirements</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="179"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="180"/>
        <source>Reply contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="181"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="182"/>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="183"/>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="272"/>
        <source>Not linked to ledger entries.</source>
        <translation>未关联台账条目。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="275"/>
        <source>Drafted from:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="348"/>
        <source>Not saved: correct the marked fields.</source>
        <translation>未保存：请修改标出的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="359"/>
        <source>All changes saved.</source>
        <translation>所有修改已自动保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="376"/>
        <source>Regenerate body</source>
        <translation>重新生成正文</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="378"/>
        <source>Replace the body with the standard text for this kind of letter, built from the problems, requirements, deadline and reply contact? What you wrote in the body is lost.</source>
        <translation>用该类文书的标准正文（根据存在的问题、整改要求、整改期限和联系人生成）替换现有正文吗？正文中已写的内容将被覆盖。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_editor.py" line="381"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
</context>
<context>
    <name>LetterPrint</name>
    <message>
        <location filename="../../ui/pages/letter_print.py" line="71"/>
        <source>Huhang letters</source>
        <translation>护航文书</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_print.py" line="132"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
</context>
<context>
    <name>LetterRecord</name>
    <message>
        <location filename="../../ui/pages/letter_record.py" line="44"/>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_record.py" line="45"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_record.py" line="46"/>
        <source>Issued</source>
        <translation>签发</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_record.py" line="47"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_record.py" line="48"/>
        <source>Delivered</source>
        <translation>送达</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_record.py" line="49"/>
        <source>Reply received</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_record.py" line="50"/>
        <source>Closed</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_record.py" line="51"/>
        <source>Reply</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_record.py" line="52"/>
        <source>Reply files</source>
        <translation>反馈附件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_record.py" line="53"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_record.py" line="80"/>
        <source>%1, received by %2</source>
        <translation>%1，签收人：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letter_record.py" line="97"/>
        <source>The reply is %n day(s) overdue (deadline %1).</source>
        <translation>
            <numerusform>回复已逾期 %n 天（整改期限 %1）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_record.py" line="105"/>
        <source>Corrects %1</source>
        <translation>更正 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_record.py" line="108"/>
        <source>Superseded by %1</source>
        <translation>已被 %1 更正</translation>
    </message>
</context>
<context>
    <name>LetterSettings</name>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="204"/>
        <source>Letters</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="210"/>
        <source>e.g. 中共广州市天河区纪律检查委员会</source>
        <translation>例如：中共广州市天河区纪律检查委员会</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="211"/>
        <source>Issuing organ:</source>
        <translation>发文机关：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="219"/>
        <source>%1 number prefix:</source>
        <translation>%1文号前缀：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="221"/>
        <source>A number reads prefix〔year〕sequence号, e.g. 穗纪建〔2026〕7号.</source>
        <translation>文号格式为“前缀〔年份〕序号号”，例如：穗纪建〔2026〕7号。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="223"/>
        <source>Use the installed official fonts for letters</source>
        <translation>文书使用本机已安装的公文字体</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="224"/>
        <source>Looking for official fonts…</source>
        <translation>正在查找公文字体…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="225"/>
        <source>Fonts:</source>
        <translation>字体：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="227"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="246"/>
        <source>No official fonts are installed; letters use the bundled substitutes.</source>
        <translation>本机未安装公文字体，文书使用随附的替代字体。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="249"/>
        <source>Found: %1. Not found: %2 (the bundled substitute is used).</source>
        <translation>已找到：%1。未找到：%2（使用随附的替代字体）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="254"/>
        <source>Found: %1.</source>
        <translation>已找到：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_groups.py" line="267"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>LetterTableModel</name>
    <message>
        <location filename="../../ui/models/letter_table.py" line="44"/>
        <source>%n day(s) overdue</source>
        <translation>逾期 %n 天</translation>
    </message>
    <message>
        <location filename="../../ui/models/letter_table.py" line="51"/>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../ui/models/letter_table.py" line="52"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/models/letter_table.py" line="56"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/letter_table.py" line="57"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/models/letter_table.py" line="60"/>
        <source>Addressee</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <location filename="../../ui/models/letter_table.py" line="67"/>
        <source>Date</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/letter_table.py" line="73"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/models/letter_table.py" line="75"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/letter_table.py" line="76"/>
        <source>Reply overdue</source>
        <translation>回复逾期</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../ui/pages/letters.py" line="57"/>
        <location filename="../../ui/pages/letters.py" line="92"/>
        <source>New letter</source>
        <translation>新建文书</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="59"/>
        <source>New letter (Ctrl+N)</source>
        <translation>新建文书（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="60"/>
        <location filename="../../ui/pages/letters.py" line="182"/>
        <source>Print selected…</source>
        <translation>批量打印…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="61"/>
        <location filename="../../ui/pages/letters.py" line="185"/>
        <source>Export selected as PDF…</source>
        <translation>批量导出PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="62"/>
        <source>Verify PDF…</source>
        <translation>核验PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="64"/>
        <source>Check whether a PDF file is, byte for byte, a letter issued here</source>
        <translation>核验PDF文件是否与本机签发的文书原件逐字节一致</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="66"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="67"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="129"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letters.py" line="131"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>共 %n 件文书</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letters.py" line="182"/>
        <source>Print selected (%n)…</source>
        <translation>
            <numerusform>批量打印（%n 件）…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letters.py" line="185"/>
        <source>Export %n as PDF…</source>
        <translation>
            <numerusform>批量导出PDF（%n 件）…</numerusform>
        </translation>
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
        <location filename="../../ui/main_window.py" line="50"/>
        <source>Huhang — business environment supervision</source>
        <translation>护航 — 营商环境监督工作平台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Problem ledger</source>
        <translation>诉求台账</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Rectification</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Letters</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Enterprises</source>
        <translation>企业名录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Sync &amp; settings</source>
        <translation>同步与设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Huhang</source>
        <translation>护航</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>New record on this screen (Ctrl+N)</source>
        <translation>在当前页面新建记录（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>New enterprise</source>
        <translation>新建企业</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>New visit</source>
        <translation>新建走访</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
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
    <name>NewLetterDialog</name>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="89"/>
        <source>New letter</source>
        <translation>新建文书</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="93"/>
        <source>The department the letter is addressed to</source>
        <translation>文书主送的单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="95"/>
        <source>Search the ledger by number, enterprise or summary</source>
        <translation>按编号、企业名称或问题摘要搜索台账</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="104"/>
        <source>Kind</source>
        <translation>文书类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="105"/>
        <source>Addressee</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="106"/>
        <source>Problems from the ledger</source>
        <translation>台账问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="107"/>
        <source>Create draft</source>
        <translation>创建草稿</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="169"/>
        <source>No ledger entries chosen: the problems can be typed in the editor.</source>
        <translation>未选择台账条目：存在的问题也可以在编辑区直接填写。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="172"/>
        <source>Chosen:</source>
        <translation>已选择：</translation>
    </message>
</context>
<context>
    <name>NumberedListEdit</name>
    <message>
        <location filename="../../ui/widgets/numbered_list.py" line="48"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbered_list.py" line="49"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbered_list.py" line="50"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbered_list.py" line="51"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="90"/>
        <source>The preview could not be read.</source>
        <translation>无法读取预览。</translation>
    </message>
</context>
<context>
    <name>RectificationDetail</name>
    <message>
        <location filename="../../ui/pages/rectification_detail.py" line="59"/>
        <source>Select a rectification item to see its evidence and verification.</source>
        <translation>选择一项整改事项，查看佐证材料和核查情况。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rectification_detail.py" line="69"/>
        <source>Ticked off — no further steps.</source>
        <translation>已销号，无后续操作。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rectification_detail.py" line="71"/>
        <source>Add evidence…</source>
        <translation>添加佐证材料…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rectification_detail.py" line="81"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rectification_detail.py" line="82"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rectification_detail.py" line="83"/>
        <source>Responsible</source>
        <translation>责任主体</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rectification_detail.py" line="84"/>
        <source>Verified on</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rectification_detail.py" line="87"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rectification_detail.py" line="88"/>
        <source>Ledger entry</source>
        <translation>关联台账</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rectification_detail.py" line="88"/>
        <source>Verification visit</source>
        <translation>核查回访</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rectification_detail.py" line="93"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rectification_detail.py" line="146"/>
        <source>%1 · overdue</source>
        <translation>%1 · 逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rectification_detail.py" line="174"/>
        <source>Evidence (%1)</source>
        <translation>佐证材料（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rectification_detail.py" line="212"/>
        <source>Verification failed</source>
        <translation>核查未通过</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rectification_detail.py" line="212"/>
        <source>What is still not put right?</source>
        <translation>仍未整改到位的问题：</translation>
    </message>
</context>
<context>
    <name>RectificationDialog</name>
    <message>
        <location filename="../../ui/dialogs/rectification_dialog.py" line="46"/>
        <source>New rectification item</source>
        <translation>新建整改事项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rectification_dialog.py" line="49"/>
        <source>What must be put right</source>
        <translation>需要整改的问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rectification_dialog.py" line="52"/>
        <source>The department or person answerable for it</source>
        <translation>负责整改的单位或个人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rectification_dialog.py" line="57"/>
        <source>Optional: the ledger entry it comes from</source>
        <translation>选填：对应的台账编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rectification_dialog.py" line="61"/>
        <source>Rectification required</source>
        <translation>整改内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rectification_dialog.py" line="62"/>
        <source>Responsible</source>
        <translation>责任主体</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rectification_dialog.py" line="63"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rectification_dialog.py" line="64"/>
        <source>Ledger entry number</source>
        <translation>台账编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rectification_dialog.py" line="65"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rectification_dialog.py" line="71"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rectification_dialog.py" line="72"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rectification_dialog.py" line="129"/>
        <source>No ledger entry has the number &quot;%1&quot;</source>
        <translation>没有编号为“%1”的台账条目</translation>
    </message>
</context>
<context>
    <name>RectificationTableModel</name>
    <message>
        <location filename="../../ui/models/rectification_table.py" line="31"/>
        <source>%1 · overdue</source>
        <translation>%1 · 逾期</translation>
    </message>
    <message>
        <location filename="../../ui/models/rectification_table.py" line="39"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/models/rectification_table.py" line="44"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/rectification_table.py" line="47"/>
        <source>Rectification required</source>
        <translation>整改内容</translation>
    </message>
    <message>
        <location filename="../../ui/models/rectification_table.py" line="54"/>
        <source>Responsible</source>
        <translation>责任主体</translation>
    </message>
    <message>
        <location filename="../../ui/models/rectification_table.py" line="61"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/models/rectification_table.py" line="68"/>
        <source>Ledger entry</source>
        <translation>关联台账</translation>
    </message>
</context>
<context>
    <name>RectificationsPage</name>
    <message>
        <location filename="../../ui/pages/rectifications.py" line="30"/>
        <source>New rectification item</source>
        <translation>新建整改事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rectifications.py" line="32"/>
        <source>New rectification item (Ctrl+N)</source>
        <translation>新建整改事项（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rectifications.py" line="35"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rectifications.py" line="36"/>
        <source>Overdue: any</source>
        <translation>逾期：不限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rectifications.py" line="37"/>
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/rectifications.py" line="44"/>
        <source>%n rectification item(s)</source>
        <translation>
            <numerusform>共 %n 项整改事项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="226"/>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="247"/>
        <source>Record reply</source>
        <translation>登记反馈</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="231"/>
        <source>What the addressee reported: measures taken, results</source>
        <translation>反馈内容：采取的措施、整改结果等</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="235"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="239"/>
        <source>Replied on</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="240"/>
        <source>Reply</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="246"/>
        <source>Reply files</source>
        <translation>反馈附件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialogs.py" line="259"/>
        <source>Files of the reply</source>
        <translation>选择反馈附件</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="51"/>
        <source>Sync</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="53"/>
        <source>Offline · not enrolled with a server</source>
        <translation>离线 · 未注册到服务器</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="55"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="56"/>
        <source>Changes waiting to be sent:</source>
        <translation>待同步变更：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="58"/>
        <source>Enrolling with your commission&apos;s server comes in a later release.</source>
        <translation>注册到本级纪委监委服务器的功能将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="62"/>
        <source>Officer</source>
        <translation>干部信息</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="67"/>
        <source>Your name, as it appears on visit records</source>
        <translation>您的姓名，将显示在走访记录中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="68"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="74"/>
        <source>Officer name:</source>
        <translation>干部姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="79"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="86"/>
        <source>A new language takes effect after Huhang is restarted.</source>
        <translation>更改语言后需重新启动护航方可生效。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="88"/>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="92"/>
        <source>About this installation</source>
        <translation>关于本机</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="97"/>
        <source>Data directory:</source>
        <translation>数据目录：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="98"/>
        <source>Huhang version:</source>
        <translation>护航版本：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="99"/>
        <source>SQLite version:</source>
        <translation>SQLite 版本：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="101"/>
        <source>Qt / Python:</source>
        <translation>Qt / Python：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="175"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="179"/>
        <source>Saved. The new language takes effect after Huhang is restarted.</source>
        <translation>已保存。重新启动护航后生效。</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../ui/pages/statistics.py" line="74"/>
        <source>This year</source>
        <translation>本年度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="75"/>
        <source>Last 90 days</source>
        <translation>近90天</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="76"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="77"/>
        <source>Last year</source>
        <translation>上一年度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="78"/>
        <source>All time</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="79"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="91"/>
        <source>Export charts…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="92"/>
        <source>Save the figures and charts as a PNG picture</source>
        <translation>将统计数据和图表保存为 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="95"/>
        <source>Accepted in:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="98"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="136"/>
        <source>Entries</source>
        <translation>诉求总数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="137"/>
        <source>Not closed</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="138"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="139"/>
        <source>Average time to close</source>
        <translation>平均办理用时</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="140"/>
        <source>Median time to close</source>
        <translation>办理用时中位数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="141"/>
        <source>Closed on time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="142"/>
        <source>Satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="143"/>
        <source>Escalated</source>
        <translation>提级协调</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="221"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="234"/>
        <source>Problem ledger statistics — all time</source>
        <translation>诉求台账统计 — 全部</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="237"/>
        <source>Problem ledger statistics — accepted %1 to %2</source>
        <translation>诉求台账统计 — 受理时间 %1 至 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/statistics.py" line="239"/>
        <source>%n entries</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="262"/>
        <source>By status</source>
        <translation>按办理状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="263"/>
        <source>By matter type</source>
        <translation>按事项类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="264"/>
        <source>By problem scenario</source>
        <translation>按问题场景</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="265"/>
        <source>By district</source>
        <translation>按行政区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="266"/>
        <source>Accepted per month</source>
        <translation>每月受理数量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="267"/>
        <source>Departments with the most entries</source>
        <translation>诉求较多的责任单位（前10）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="288"/>
        <source>Ledger statistics %1.png</source>
        <translation>诉求台账统计 %1.png</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="293"/>
        <source>The charts were saved to %1.</source>
        <translation>统计图表已保存至 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/statistics.py" line="295"/>
        <source>The picture could not be written to %1.</source>
        <translation>无法将图片写入 %1。</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/dialogs/verify_dialog.py" line="57"/>
        <source>Verify and tick off</source>
        <translation>核查销号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/verify_dialog.py" line="59"/>
        <source>Rectification item: %1</source>
        <translation>整改事项：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/verify_dialog.py" line="64"/>
        <source>Record a return visit…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/verify_dialog.py" line="73"/>
        <source>Optional: what the return visit found</source>
        <translation>选填：回访核查情况</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/verify_dialog.py" line="75"/>
        <source>Enterprise:</source>
        <translation>企业：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/verify_dialog.py" line="76"/>
        <source>Verified on the visit:</source>
        <translation>核查所依据的走访：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/verify_dialog.py" line="78"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/verify_dialog.py" line="83"/>
        <source>Tick off</source>
        <translation>销号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/verify_dialog.py" line="84"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/verify_dialog.py" line="108"/>
        <source>Choose the enterprise first.</source>
        <translation>请先选择企业。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/verify_dialog.py" line="111"/>
        <source>No visit to this enterprise is recorded yet: record the return visit.</source>
        <translation>该企业尚无走访记录，请先记录回访。</translation>
    </message>
</context>
<context>
    <name>VisitDetail</name>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="37"/>
        <source>Select a visit in the list to see what was found and agreed.</source>
        <translation>请在上方列表中选择走访记录，查看发现的问题和企业诉求。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="44"/>
        <source>Open enterprise</source>
        <translation>查看企业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="45"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="46"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="59"/>
        <source>Visit type</source>
        <translation>走访类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="60"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="61"/>
        <source>District</source>
        <translation>所属区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="62"/>
        <source>Officers</source>
        <translation>走访人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="63"/>
        <source>Accompanying departments</source>
        <translation>陪同部门</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="64"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="65"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="66"/>
        <source>Purpose</source>
        <translation>走访目的</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="67"/>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="68"/>
        <source>Enterprise demands</source>
        <translation>企业诉求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="69"/>
        <location filename="../../ui/pages/visit_detail.py" line="141"/>
        <source>Photos</source>
        <translation>现场照片</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="129"/>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visit_detail.py" line="141"/>
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
