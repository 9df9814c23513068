"""Human sentences for the codes in :mod:`app.errors`, in Chinese and English.

The core raises codes with data; the CLI and the UI turn them into sentences with :func:`render`.
Chinese is the default because every user of the product reads Chinese first.
"""

from __future__ import annotations

from typing import Any

_TEMPLATES: dict[str, tuple[str, str]] = {
    # field-level problems
    "required": ("{label}不能为空", "{label} is required"),
    "too_long": (
        "{label}不能超过{max}个字符（现有{length}个）",
        "{label} is longer than {max} characters ({length})",
    ),
    "choice": ("{label}“{value}”无效，可选：{choices}", "{label} '{value}' is not one of: {choices}"),
    "uscc.length": (
        "统一社会信用代码应为18位，“{value}”为{length}位",
        "A unified social credit code has 18 characters; '{value}' has {length}",
    ),
    "uscc.chars": (
        "统一社会信用代码“{value}”第{positions}位的字符“{chars}”不在允许的字符集内（不使用I、O、S、V、Z）",
        "Unified social credit code '{value}' has characters not allowed ({chars} at position {positions}; "
        "I, O, S, V and Z are never used)",
    ),
    "uscc.check": (
        "统一社会信用代码“{value}”校验位错误：第18位应为“{expected}”，实为“{actual}”",
        "Unified social credit code '{value}' fails its check: character 18 should be '{expected}', "
        "not '{actual}'",
    ),
    "uscc.org_check": (
        "统一社会信用代码“{value}”中的组织机构代码校验位不符（应为“{expected}”），请核对",
        "The organisation code inside '{value}' fails its own check (expected '{expected}'); please verify",
    ),
    "uscc.duplicate": (
        "统一社会信用代码{value}已登记为“{existing_name}”",
        "Unified social credit code {value} is already registered as '{existing_name}'",
    ),
    "district.unknown": (
        "所属区“{value}”不是广州市的行政区（可填区名如“天河区”“天河”或区划代码如440106）",
        "District '{value}' is not a Guangzhou district (use a name such as 天河区 or a code such as 440106)",
    ),
    "phone.format": ("联系电话“{value}”格式不正确", "Phone number '{value}' is not valid"),
    "datetime.format": (
        "{label}“{value}”不是有效的日期时间（例如 2026-12-03 09:30）",
        "{label} '{value}' is not a valid date and time (e.g. 2026-12-03 09:30)",
    ),
    "date.format": (
        "{label}“{value}”不是有效的日期（例如 2026-12-03）",
        "{label} '{value}' is not a valid date (e.g. 2026-12-03)",
    ),
    "visit.end_before_start": ("结束时间早于开始时间", "The end time is before the start time"),
    "visit.no_officer": ("至少填写一名走访人员", "At least one officer must be named"),
    # record-level problems
    "not_found": ("找不到{what}（{id}）", "No {what} with id {id}"),
    "enterprise.not_found": ("找不到企业（{id}）", "No enterprise with id {id}"),
    "attachment.unreadable": ("无法读取附件“{path}”：{reason}", "Cannot read attachment '{path}': {reason}"),
    # files
    "file.unreadable": ("无法读取文件“{path}”：{reason}", "Cannot read '{path}': {reason}"),
    "file.format": (
        "不支持的文件格式“{suffix}”（支持 .xlsx 和 .csv）",
        "Unsupported file type '{suffix}' (use .xlsx or .csv)",
    ),
    "file.encoding": (
        "无法识别文件“{path}”的编码（支持 UTF-8、带BOM的UTF-8 和 GBK）",
        "Cannot decode '{path}' (UTF-8, UTF-8 with BOM and GBK are supported)",
    ),
    "file.no_header": (
        "文件“{path}”中找不到表头（需要包含“企业名称”和“统一社会信用代码”列）",
        "No header row found in '{path}' (it needs columns 企业名称/name and 统一社会信用代码/uscc)",
    ),
    "file.duplicate_in_file": (
        "统一社会信用代码{value}与本文件第{first_row}行重复",
        "Unified social credit code {value} repeats row {first_row} of this file",
    ),
    "file.unknown_columns": (
        "已忽略无法识别的列：{columns}",
        "Ignored columns that are not recognised: {columns}",
    ),
    "file.duplicate_column": (
        "“{column}”列与“{first}”列都表示{label}，已使用“{first}”列",
        "Columns '{column}' and '{first}' both mean {label}; '{first}' was used",
    ),
    "file.unwritable": ("无法写入文件“{path}”：{reason}", "Cannot write '{path}': {reason}"),
    "file.same_as_input": (
        "输出文件不能与导入文件相同：{path}",
        "The output file must not be the file being imported: {path}",
    ),
    "workflow.unknown_action": ("未知的办理操作“{action}”", "Unknown ledger action '{action}'"),
    "workflow.not_allowed": (
        "当前状态为“{status}”，不能{action}；此时可以：{allowed}",
        "An entry in status {status} cannot be sent to {action}; allowed now: {allowed}",
    ),
    "workflow.close_unsatisfied": (
        "满意度为“{satisfaction}”，不能办结；企业不满意时应重办",
        "Cannot close with satisfaction {satisfaction}; an unsatisfied entry must be handled again (重办)",
    ),
    "workflow.redo_satisfied": (
        "满意度为“{satisfaction}”，无需重办，可以办结",
        "Satisfaction is {satisfaction}: nothing to redo, the entry can be closed",
    ),
    "workflow.extend_not_later": (
        "新的到期日期{due_on}必须晚于当前到期日期{current}",
        "The new due date {due_on} must be after the current one, {current}",
    ),
    "ledger.number_taken": ("台账编号{number}已被使用", "Ledger number {number} is already in use"),
    "letter.immutable": (
        "文书{number}的状态为“{status}”，不能再修改；如需更正，请制作更正文书",
        "Letter {number} is {status} and can no longer change; make a correction letter instead",
    ),
    "letter.not_issued": ("该文书尚未签发", "This letter has not been issued"),
    "letter.no_number": (
        "无法安全分配文号：{prefix}〔{year}〕的号段已用完，请联网同步后领取新号段，文书暂存为待签发",
        "No number can be allocated safely: the block for {prefix}〔{year}〕 is used up; connect and sync to "
        "receive a new block (the letter stays ready to issue)",
    ),
    "letter.pdf_damaged": (
        "文书{number}保存的PDF与签发时的校验值不符，文件可能已损坏",
        "The stored PDF of letter {number} no longer matches its recorded hash; the file may be damaged",
    ),
    "letter.verify_ok": (
        "是{number}号文书的签发原件（签发于{issued_at}）",
        "This is the issued original of letter {number} (issued {issued_at})",
    ),
    "letter.verify_no_identity": (
        "该PDF不含本系统签发文书的标识，不是签发原件",
        "This PDF carries no identity of a letter issued by this system; it is not an issued original",
    ),
    "letter.verify_unknown_number": (
        "本机没有文号为{number}的已签发文书",
        "There is no issued letter numbered {number} in this profile",
    ),
    "letter.verify_content_changed": (
        "该PDF声称是{number}号文书，但内容与签发记录不符（已被篡改或伪造）",
        "This PDF claims to be letter {number} but its content differs from the issued record "
        "(altered or forged)",
    ),
    "letter.verify_bytes_changed": (
        "该PDF声称是{number}号文书，内容标识相符但文件与签发原件不一致（已被修改或另存）",
        "This PDF claims to be letter {number}; its content identity matches but the file differs from the "
        "issued original (modified or re-saved)",
    ),
    "audit.broken": (
        "审计日志第{seq}条被改动或缺失：{reason}",
        "Audit log entry {seq} was altered or is missing: {reason}",
    ),
    # letters (spec files, printing)
    "letter.spec_not_object": (
        "文书规格应为一个JSON对象（{{…}}），实为{actual}",
        "A letter spec must be a JSON object ({{…}}), not {actual}",
    ),
    "letter.spec_json": (
        "无法解析文书规格文件“{path}”：第{line}行第{column}列，{reason}",
        "Cannot parse the letter spec '{path}': line {line}, column {column}: {reason}",
    ),
    "letter.spec_unknown_keys": (
        "文书规格含有无法识别的字段：{keys}（可用字段：{allowed}）",
        "The letter spec has unknown keys: {keys} (known keys: {allowed})",
    ),
    "letter.spec_missing": ("文书规格缺少必填字段：{keys}", "The letter spec lacks required keys: {keys}"),
    "letter.spec_type": (
        "文书规格字段“{key}”应为{expected}，实为{actual}",
        "Key '{key}' of the letter spec must be {expected}, not {actual}",
    ),
    "letter.date": (
        "{label}“{value}”不是有效的日期（例如 2026-12-03）",
        "{label} '{value}' is not a valid date (e.g. 2026-12-03)",
    ),
    "letter.required": ("{label}不能为空", "{label} must be filled in"),
    "letter.uncovered_chars": (
        "以下字符没有可用的字体，无法打印：{chars}。位置：{places}。"
        "请改用其他写法，或安装包含这些字符的正式字体",
        "No available font can print these characters: {chars}. Where: {places}. "
        "Rephrase, or install an official font that has them",
    ),
    "letter.fonts_missing": (
        "找不到内置字体文件：{files}（应位于{directory}），请重新安装护航",
        "The bundled fonts are missing: {files} (expected in {directory}); please reinstall Huhang",
    ),
    "letter.font_unreadable": (
        "无法使用字体文件“{path}”：{reason}",
        "Cannot use the font file '{path}': {reason}",
    ),
    "letter.output_unwritable": ("无法写入文件“{path}”：{reason}", "Cannot write '{path}': {reason}"),
    # the problem ledger as a file (import of an office's Excel ledger)
    "file.no_ledger_header": (
        "文件“{path}”中找不到台账表头（需要包含“企业名称”或“统一社会信用代码”列，以及“问题摘要”列）",
        "No ledger header row found in '{path}' (it needs a 企业名称 or 统一社会信用代码 column and a "
        "问题摘要 column)",
    ),
    "file.duplicate_entry_in_file": (
        "与本文件第{first_row}行是同一事项（{key}）",
        "The same matter as row {first_row} of this file ({key})",
    ),
    "ledger.limit_format": (
        "{label}“{value}”无效，应形如“13个工作日”或“30日”",
        "{label} '{value}' is not valid; write it like 13个工作日 (working days) or 30日 (calendar days)",
    ),
    "ledger.yes_no": (
        "{label}“{value}”无效，应填“是”或“否”",
        "{label} '{value}' must be 是 (yes) or 否 (no)",
    ),
    "ledger.closed_needs_date": (
        "状态为“已办结”的事项须填写办结日期",
        "An entry in status 已办结 (closed) needs its closing date",
    ),
    "ledger.closed_before_accepted": (
        "办结日期{closed}早于受理日期{accepted}",
        "The closing date {closed} is before the accepted date {accepted}",
    ),
    "ledger.due_before_accepted": (
        "到期日期{due}早于受理日期{accepted}",
        "The due date {due} is before the accepted date {accepted}",
    ),
    "ledger.number_deleted": (
        "台账编号{number}的事项已删除，不能再导入同一编号",
        "Ledger entry {number} was deleted; its number cannot be imported again",
    ),
    "ledger.enterprise_unknown": (
        "名录中找不到企业“{who}”；要新建企业，本行须有企业名称、有效的统一社会信用代码和所属区",
        "No enterprise '{who}' in the registry; to add it, the row needs a name, a valid unified social "
        "credit code and a district",
    ),
    "ledger.enterprise_ambiguous": (
        "名录中有{count}家企业名为“{name}”，请填写统一社会信用代码以区分",
        "{count} enterprises in the registry are named '{name}'; add the unified social credit code",
    ),
    "ledger.enterprise_conflict": (
        "企业“{name}”在名录中的统一社会信用代码为{registered}，与本行的{value}不符",
        "Enterprise '{name}' is registered with code {registered}, not {value} as in this row",
    ),
    "ledger.enterprise_name_differs": (
        "统一社会信用代码{value}在名录中登记为“{registered}”，与本行的企业名称“{name}”不同，已按信用代码匹配",
        "Code {value} is registered as '{registered}', not '{name}' as in this row; matched by the code",
    ),
    "ledger.import.source_default": ("来源为空，已记为“其他”", "No source given; recorded as 其他 (other)"),
    "ledger.import.scenario_default": (
        "问题场景为空，已记为“其他”",
        "No problem scenario given; recorded as 其他 (other)",
    ),
    "ledger.import.summary_from_details": (
        "问题摘要为空，已取具体情况的开头作为摘要",
        "No summary given; the beginning of the details was used",
    ),
    "ledger.import.summary_shortened": (
        "问题摘要超过{max}个字，已截短，全文保留在具体情况中",
        "The summary is longer than {max} characters; it was shortened and kept in full in the details",
    ),
    "ledger.import.closed_ignored": (
        "状态为“{status}”（未办结），已忽略办结日期“{value}”",
        "Status {status} is not closed; the closing date '{value}' was ignored",
    ),
    "ledger.import.escalation_kept": (
        "该事项已提级协调（{level}），提级协调不能撤销，已保留",
        "The entry was already escalated ({level}); an escalation cannot be undone and was kept",
    ),
}

_LABELS: dict[str, tuple[str, str]] = {
    "name": ("企业名称", "Name"),
    "uscc": ("统一社会信用代码", "Unified social credit code"),
    "district": ("所属区", "District"),
    "address": ("地址", "Address"),
    "industry": ("行业", "Industry"),
    "ownership": ("企业类型", "Ownership"),
    "size": ("企业规模", "Size"),
    "contact": ("联系人", "Contact"),
    "phone": ("联系电话", "Phone"),
    "notes": ("备注", "Notes"),
    "enterprise_id": ("企业", "Enterprise"),
    "kind": ("走访类型", "Visit type"),
    "started_at": ("开始时间", "Start"),
    "ended_at": ("结束时间", "End"),
    "officers": ("走访人员", "Officers"),
    "departments": ("陪同部门", "Accompanying departments"),
    "purpose": ("走访目的", "Purpose"),
    "findings": ("发现问题", "Findings"),
    "demands": ("企业诉求", "Enterprise demands"),
    "satisfaction": ("满意度", "Satisfaction"),
    "follow_up_on": ("下次跟进日期", "Next follow-up"),
    "source": ("来源", "Source"),
    "source_ref": ("来源编号", "Source reference"),
    "matter_type": ("事项类型", "Matter type"),
    "scenario": ("问题场景", "Problem scenario"),
    "summary": ("问题摘要", "Summary"),
    "details": ("具体情况", "Details"),
    "department": ("责任单位", "Responsible department"),
    "handler": ("承办人", "Handling officer"),
    "accepted_on": ("受理日期", "Accepted on"),
    "text": ("整改内容", "Rectification"),
    "responsible": ("责任主体", "Responsible party"),
    "deadline": ("整改期限", "Deadline"),
    # ledger columns as an office's Excel ledger names them
    "number": ("编号", "Number"),
    "enterprise_name": ("企业名称", "Enterprise"),
    "time_limit": ("办理时限", "Time limit"),
    "due_on": ("到期日期", "Due date"),
    "status": ("状态", "Status"),
    "escalated": ("是否提级协调", "Escalated"),
    "escalation_level": ("协调层级", "Escalation level"),
    "reply": ("反馈情况", "Reply"),
    "closed_at": ("办结日期", "Closed on"),
    "return_visit": ("回访情况", "Return visit"),
}


def label(field: str, lang: str = "zh") -> str:
    zh, en = _LABELS.get(field, (field, field))
    return zh if lang == "zh" else en


def render(code: str, params: dict[str, Any], lang: str = "zh") -> str:
    """The sentence for ``code`` with ``params`` filled in; unknown codes fall back to the code."""
    templates = _TEMPLATES.get(code)
    if templates is None:
        return f"{code} {params}" if params else code
    template = templates[0] if lang == "zh" else templates[1]
    values = dict(params)
    if "field" in values and "label" not in values:
        values["label"] = label(values["field"], lang)
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template
