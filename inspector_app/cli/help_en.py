"""The command line's help in English (`--lang en`, or an English `LANG`): each Chinese help text of
a command or option and its English. A test fails while one has none."""

HELP_EN = {
    '效能督查工作台 Inspector — 明察暗访问题记录、证据与通报。':
        'Inspector — findings of open and undercover inspections, their evidence and circulated notices.',
    "数据目录（默认：本机的用户数据文件夹）":
        "Data directory (default: the platform's user data folder)",
    '输出 JSON（供程序读取）':
        'Machine-readable output (JSON)',
    '界面语言':
        'Language',
    '概览：数据目录中的记录数与最新的问题记录。':
        'Overview: the records in the data directory and the latest findings.',
    '问题记录：录入、查询、流转。':
        'Findings: record, list, move through their workflow.',
    '录入一条问题记录，输出其编号。':
        'Record a finding and print its id.',
    '单位名称':
        'Unit name',
    '当事人姓名（新人员自动建档）':
        "The person's name (a new person is filed)",
    '无法确认姓名时的描述，如“一名女工作人员”':
        'When the name is not known, a description such as "a female member of staff"',
    '问题类型代码或名称，如 late / 迟到':
        'Violation type, by code or name: late / 迟到',
    '发现时间，精确到分钟：2026-10-15T09:40':
        'When it was seen, to the minute: 2026-10-15T09:40',
    '事实描述':
        'The facts',
    '地点':
        'Place',
    '证据照片（可多次）':
        'An evidence photo (repeatable)',
    '效能办决定处理方式（问题记录变为“已审核”）。':
        'The office decides the handling (the finding becomes reviewed).',
    '处理方式代码；省略则采用升级规则的建议':
        "Sanction code; the escalation ladder's suggestion when left out",
    '对单位“一把手”问责（责令限期整改、书面检查、公开道歉、通报批评、责令辞职、建议免职）':
        "Hold the unit's head accountable (rectification by a deadline, written self-criticism, public apology, circulated criticism, ordered resignation, proposed removal)",
    '按条件列出问题记录。':
        'List findings by filters.',
    '起始日期 2026-10-01':
        'From date, 2026-10-01',
    '截止日期（含）':
        'To date (inclusive)',
    '单位（含下属窗口），可多次':
        'Unit (with its windows), repeatable',
    '问题类型，可多次':
        'Violation type, repeatable',
    '当事人姓名':
        "The person's name",
    '督查组名称':
        'Team name',
    '全文检索（描述、地点、姓名、单位）':
        'Full-text search (description, place, name, unit)',
    '升序（默认最新在前）':
        'Oldest first (newest first by default)',
    '显示一条问题记录：证据、处理建议、历史。':
        'Show a finding: evidence, suggested handling, history.',
    '提交问题记录供效能办审核。':
        "Submit a finding for the office's review.",
    '作废问题记录（记录保留，写明理由）。':
        'Void a finding (it is kept, with the reason).',
    '作废理由':
        'Reason for voiding',
    '证据：批量导入、按时间匹配、打码、校验。':
        'Evidence: batch import, matching by time, redaction, checks.',
    '从文件夹或存储卡导入照片、视频和文件。':
        'Import photos, videos and files from a folder or memory card.',
    '全部归入该问题记录':
        'Attach them all to this finding',
    '检查行动编号（与 --match-by-time 一起用）':
        'Inspection id (with --match-by-time)',
    '按拍摄时间匹配到点位或问题记录':
        'Match them to visits or findings by the time they were taken',
    '不再询问，直接按匹配结果导入':
        'Do not ask: import as matched',
    '选定问题记录中用于通报照片页的照片（照片编号、文件名或序号；不写则一张也不用）。':
        "Choose a finding's photos for notices' photo sheets (photo id, file name or number; none given: none).",
    '照片页：选定的照片（evidence choose）/ 另为未选照片的问题各取第一张 / 不附照片':
        'Photo sheet: the chosen photos (evidence choose) / also the first photo of findings with none chosen / none',
    '为照片的派生图打码（原件不变）。':
        "Cover parts of a photo's derived images (the original never changes).",
    'x,y,w,h（图片宽高的比例 0–1），可多次':
        "x,y,w,h (fractions 0–1 of the picture's width and height), repeatable",
    '另存打码后的图片':
        'Save the covered picture as',
    '重新计算每个证据文件的 SHA-256，报告损坏、缺失和未被引用的文件。':
        "Recompute every evidence file's SHA-256; report damaged, missing and unreferenced files.",
    '检查行动。':
        'Inspections.',
    '列出最近的检查行动。':
        'List the latest inspections.',
    '名册：从 Excel 导入、导出、模板；督查组现场新增的人员，由办公室确认或合并。':
        'Roster: import from Excel, export, template; people a team added in the field, confirmed or merged by the office.',
    '确认现场新增的人员，纳入名册。':
        'Confirm a person a team added in the field into the roster.',
    '把名册（单位与在职人员，含编号）导出为 Excel 工作簿，修改后可再导入。':
        'Export the roster (units and people in post, with their ids) as a workbook to edit and import again.',
    '保存为（.xlsx）':
        'Save as (.xlsx)',
    '从 Excel 工作簿（工作表“单位”“人员”）导入名册；有任何一行出错则全部不导入。':
        'Import the roster from a workbook (sheets 单位 and 人员); with any bad row nothing is imported.',
    '只检查并列出将新增、修改、标记离开的记录，不写入':
        'Only check and list what would be added, changed and marked left; write nothing',
    '现场新增的人员即名册中已有的某人：其问题记录归到该人员名下，新增的记录标记删除。':
        'A person added in the field is someone already on the roster: their findings move to that person and the added record is tombstoned.',
    '名册中已有的同一人员的编号':
        'The id of the same person already on the roster',
    '列出督查组现场新增、待办公室确认的人员。':
        'List the people teams added in the field, waiting for the office.',
    '写出空白名册模板：各列标题及一行示例。':
        'Write an empty roster workbook: the columns and one example row.',
    '单位。':
        'Units.',
    '新增单位。':
        'Add a unit.',
    '上级单位（空字符串：无）':
        'Parent unit ("" for none)',
    '单位类别':
        'Kind of unit',
    '简称':
        'Short name',
    '修改单位：改名、移到另一上级单位下、改类别或简称（未给出的保持不变）。':
        'Change a unit: rename it, move it under another parent, change its kind or short name (what is not given stays).',
    '新名称':
        'New name',
    '按层级列出单位及其在职人数。':
        'List the units as a tree with their people in post.',
    '单位的年度情况：问题、处理、升级提示、对其“一把手”的问责，以及群众投诉。':
        "A unit's year: findings, handling, escalation alerts, its head held accountable, and complaints.",
    '年度（默认今年）':
        'Year (this year by default)',
    '人员。':
        'People.',
    '列出在职人员（姓名、单位、职务、人员类别、督查组）。':
        'List the people in post (name, unit, position, staff category, team).',
    '只列出该单位的人员':
        'Only the people of this unit',
    '也列出已离开的人员':
        'People who left too',
    '问题类型目录、四条禁令、处理方式与升级规则。':
        'The catalogue of violation types, the four prohibitions, sanctions and escalation rules.',
    '列出问题分组与类型（及其所违反的禁令）、处理方式（由轻到重）、升级规则；标明本地设置。':
        'List the groups and types (with the prohibition each breaks), the sanctions mildest first and the escalation rules; local settings are marked.',
    '通报：从问题记录生成、导出 PDF/DOCX/XLSX、印发（编号并冻结）。':
        'Notices: composed from findings, exported as PDF/DOCX/XLSX, issued (numbered and frozen).',
    '生成通报并导出。':
        'Compose a notice and export it.',
    '起始日期':
        'From date',
    '导出已有的通报（已印发的通报逐字节不变）':
        'Export an existing notice (an issued one byte for byte)',
    '当事人称谓：全名 / 姓+某某 / 不具名':
        'How people are named: in full / surname + 某某 / not at all',
    'PDF 文件':
        'PDF file',
    '另存可编辑的 DOCX':
        'Also save the editable DOCX',
    '另存问题台账 XLSX':
        'Also save the ledger of findings as XLSX',
    '印发：编号、定稿并冻结':
        'Issue it: number, finalise and freeze',
    '发文字号，如 区效能办〔2026〕12号（省略则自动取本年度下一个）':
        "Document number, e.g. 区效能办〔2026〕12号 (the year's next when left out)",
    '成文日期（默认今天）':
        'Date of the document (today by default)',
    '列出通报。':
        'List notices.',
    '投诉举报台账：挂号、受理、交办、办结、答复、回访、销号。':
        'The complaints ledger: register, accept, assign, resolve, answer, follow up, close.',
    '受理。':
        'Accept a case.',
    '挂号：登记一件投诉，输出其登记号。':
        'Register a complaint and print its number.',
    '渠道：电话 / 来信 / 来访 / 网络 / 转办':
        'Channel: 电话 / 来信 / 来访 / 网络 / 转办',
    '受理时间：2026-09-28T10:00':
        'Received, to the minute: 2026-09-28T10:00',
    '投诉事项（简述）':
        'The matter, in short',
    '被投诉单位':
        'Unit complained of',
    '被投诉人（名册中的人员）':
        'Person complained of (on the roster)',
    '投诉内容':
        'What the complainant said',
    '投诉人姓名（保密）':
        "Complainant's name (confidential)",
    '投诉人联系电话（保密）':
        "Complainant's phone (confidential)",
    '转办来源，如 12345热线':
        'Referred by, e.g. 12345热线',
    '重大投诉（办理期限较长）':
        'A major case (a longer deadline)',
    '交办，输出办理期限（按工作日计，含法定节假日与调休）。':
        'Assign a case and print its deadline (in working days, public holidays and worked weekends counted).',
    '承办单位或承办人':
        'Handler or unit',
    '办理期限（工作日）；省略则按本地设置':
        "Deadline in working days; the office's setting when left out",
    '交办日期（默认今天）':
        'Assigned on (today by default)',
    '附件：来信、截图、录音等。':
        'Attachments: letters, screenshots, recordings.',
    '销号。':
        'Close a case.',
    '导出台账为 Excel（不含投诉人，可发给单位）。':
        'Export the ledger as a workbook (without the complainant: it may go to units).',
    '延期（写明理由和批准人）。':
        'Extend a deadline (with the reason and who approved it).',
    '延长的工作日数':
        'Working days more',
    '批准人':
        'Approved by',
    '把经查属实的投诉转为问题记录（附件随之），交效能办审核。':
        "Make a finding of a case found true (its attachments with it), for the office's review.",
    '问题类型代码或名称':
        'Violation type, by code or name',
    '交办单或答复函，按公文格式输出 PDF。':
        'The assignment sheet or the answer letter as an official PDF.',
    'assign：交办单（发给承办单位，不含投诉人）；reply：答复函（致投诉人）':
        'assign: the assignment sheet (to the unit, without the complainant); reply: the answer letter (to the complainant)',
    '按条件列出台账（不含投诉人）。':
        'List the ledger by filters (without the complainant).',
    '受理日期起 2026-10-01':
        'Received from, 2026-10-01',
    '受理日期止（含）':
        'Received to (inclusive)',
    '登记号、事项或内容中的文字':
        'Text in the number, the matter or the content',
    '只列逾期未办结的':
        'Only cases late',
    '只列即将到期的（本地设置的提醒天数内）':
        "Only cases due soon (within the office's reminder)",
    '办理：记录调查核实情况。':
        'Note what the investigation found.',
    '不予受理。':
        'Do not accept a case.',
    '不予受理的理由（也答复投诉人）':
        'Why it is not accepted (the complainant is told too)',
    '重新办理：投诉人对答复有异议。':
        'Reopen a case the complainant disputes.',
    '投诉人的异议':
        "The complainant's objection",
    '答复投诉人。':
        'Answer the complainant.',
    '答复方式：电话 / 书面 / 当面 / 短信':
        'How: 电话 / 书面 / 当面 / 短信',
    '答复内容':
        'The answer',
    '答复日期（默认今天）':
        'Answered on (today by default)',
    '办结。':
        'Resolve a case.',
    '属实 / 部分属实 / 不属实':
        '属实 / 部分属实 / 不属实',
    '调查核实和处理情况':
        'What the investigation found and what was done',
    '处理方式代码（与问题记录相同）':
        'Sanction code (as for findings)',
    '办结日期（默认今天）':
        'Resolved on (today by default)',
    '显示一件投诉及其办理经过。':
        'Show a case and its steps.',
    '显示投诉人姓名和电话（仅效能办投诉承办人员；记入审计日志）':
        "Show the complainant's name and phone (the office's complaint handlers only; audited)",
    '受理率、按期办结率、答复率、回访满意率、逾期件数。':
        'Acceptance, on-time, answer and satisfaction rates, and overdue cases.',
    '受理日期起':
        'Received from',
    '按被投诉单位分列':
        'One line per unit complained of',
    '督办逾期或将逾期的投诉。':
        'Press a case that is late or about to be.',
    '投诉多的单位：下一次暗访的重点。':
        'Units complained of most: targets of the next undercover visit.',
    '至少几件（默认按本地设置）':
        "At least this many (the office's setting by default)",
    '回访投诉人。':
        'Follow up with the complainant.',
    '满意 / 基本满意 / 不满意':
        '满意 / 基本满意 / 不满意',
    '本机使用人：登记到同步中心后为该用户，之前为首次使用时设置的本机用户。':
        "Who uses this laptop: the hub's user once enrolled, before that the local user set up at first start.",
    '设置本机用户（未登记到同步中心时）：此后的记录以其姓名为录入人。':
        'Set up the local user (before enrolment): records name them as their author from then on.',
    '使用人的姓名':
        "The user's name",
    '本机用户的密码，此后用它打开本机数据（至少 8 位）':
        "The local user's password, which opens this laptop's data from now on (at least 8 characters)",
    '显示本机使用人（记录与历史中的“录入人”）。':
        'Show who uses this laptop (the author in records and history).',
    '设置：通报版头与版记、字体、本地规则、投诉办理期限、节假日、同步中心地址。':
        "Settings: the notice's header and footer, fonts, local rules, complaint deadlines, holidays, the hub's address.",
    '修改投诉办理的本地设置（如 days 30、major_days 60、referral_days 13、due_soon_days 3、many 3）。':
        'Change a complaint setting (e.g. days 30, major_days 60, referral_days 13, due_soon_days 3, many 3).',
    '让某一字体角色使用本机的 TrueType 字体文件（空字符串：恢复自动查找）。':
        'Use a TrueType font file of this machine for a font role ("" to find one again).',
    '补充日历库尚未收录年份的节假日与调休（都不写：删除该年的本地表）。':
        'Add the holidays and worked weekends of a year the calendar library does not know (neither: remove the year).',
    '法定节假日：2027-02-06 或 2027-02-06..2027-02-12（可多次）':
        'A public holiday: 2027-02-06 or 2027-02-06..2027-02-12 (repeatable)',
    '调休上班的周末日（可多次）':
        'A worked weekend day (repeatable)',
    '同步中心换了地址（仍是同一同步中心）：修改本机所连的地址。':
        'The hub moved (the same hub at a new address): change the address this laptop uses.',
    '修改一条本地升级规则的次数（如 late-three-times 4）。':
        'Change the number of a local escalation rule (e.g. late-three-times 4).',
    '修改通报的一项设置（如 org_code 区效能办、rectify_days 10）。':
        'Change a notice setting (e.g. org_code 区效能办, rectify_days 10).',
    '列出当前设置。':
        'List the settings.',
    '与同步中心同步：先发送本机的记录和照片，再接收其他人的。':
        "Sync with the hub: first send this laptop's records and photos, then receive the others'.",
    '同步中心地址，如 https://10.1.2.3:8765（默认用注册时的地址）':
        'Hub address, e.g. https://10.1.2.3:8765 (by default the one enrolled with)',
    '用注册码把本机登记到同步中心。':
        'Enrol this laptop with the hub using a one-time code.',
    '同步中心地址':
        'Hub address',
    '管理员给的一次性注册码':
        'The one-time code the administrator gave',
    '本机名称':
        "This laptop's name",
    '本人在同步中心的密码':
        'Your password at the hub',
    '同步状态：待发送的记录与照片、上次同步。':
        'Sync status: records and photos waiting, the last sync.',
    '同步包（U 盘）：没有网络的办公室用它与同步中心交换数据。':
        'Bundles (USB): how an office without a network exchanges data with the hub.',
    '把待发送的记录和照片导出为同步包（加密、签名），交给同步中心导入。':
        'Export the records and photos waiting as a bundle (encrypted, signed) for the hub to import.',
    '输出文件':
        'Output file',
    '导入同步中心为本机导出的同步包。':
        'Import a bundle the hub exported for this laptop.',
    '同步中心：服务、用户、注册码、终端、冲突。':
        'The hub: serving, users, enrolment codes, devices, conflicts.',
    '同步包（U 盘）：导入终端的、为终端导出。':
        "Bundles (USB): import a device's, export one for a device.",
    '为一台终端导出同步包：它尚未收到的记录与照片，以及对它所交记录的确认。':
        'Export a bundle for a device: the records and photos it has not received, and the acknowledgement of what it sent.',
    '数据库：SQLite 文件路径或 postgresql://…':
        'Database: a SQLite path or postgresql://…',
    '照片原件目录':
        'Folder for photo originals',
    '终端名称或编号':
        'Device name or id',
    '导入终端交来的同步包（重复导入不会重复记录）。':
        'Import a bundle a device brought (importing it again records nothing twice).',
    '列出待处理的同步冲突（双方的值都保留着）。':
        'List the sync conflicts waiting (both values are kept).',
    '为用户的一台电脑生成一次性注册码。':
        "Make a one-time enrolment code for one of a user's computers.",
    '有效天数':
        'Days valid',
    '停用一台终端（按名称或编号），此后它不能再同步。':
        'Revoke a device (by name or id): it cannot sync any more.',
    '启动同步中心（Ctrl+C 停止）。':
        'Run the hub (Ctrl+C stops it).',
    '监听地址':
        'Address to listen on',
    'TLS 证书（PEM）':
        'TLS certificate (PEM)',
    'TLS 私钥（PEM）':
        'TLS private key (PEM)',
    '用户管理。':
        'Users.',
    '新增用户（督查员 / 办公室 / 管理员）。':
        'Add a user (inspector / office / admin).',
    '姓名':
        'Name',
    '督查组名称（新名称自动建组）':
        'Team name (a new name makes the team)',
    '密码（至少 8 位）':
        'Password (at least 8 characters)',
    '生成一个区的演示数据（单位、人员、检查、问题、照片、处理）。':
        'Make a demo district (units, people, inspections, findings, photos, handling).',
    '随机种子：同一种子生成相同数据':
        'Random seed: the same seed makes the same data',
    '问题记录条数':
        'Number of findings',
    '为问题记录生成证据照片':
        'Make evidence photos for the findings',
    '数据库：升级、状态。':
        'The database: upgrade, status.',
    '数据库位置、结构版本与记录数。':
        'Where the database is, its schema revision and its counts.',
    '把数据库升级到本版本的结构（升级前自动备份）。':
        "Upgrade the database to this version's schema (after a backup).",
    '自检：在临时目录中逐项验证本机安装（数据库、演示数据、照片、检索）。':
        'Self-test: check this installation step by step in a temporary folder (database, demo data, photos, search).',
    '考核评价：各单位在期间内的问题、处理、投诉、整改、通报、满意度测评（不满意率及其提示）。':
        "Assessment: each unit's findings, sanctions, complaints, rectification, notices and survey (dissatisfaction and its flag) over a period.",
    '起始日期 2026-01-01':
        'From date, 2026-01-01',
    '只看该单位':
        'This unit alone',
    '修改考核设置：满意度测评的阈值 explain_at（须书面说明，默认 20）、grave_at（严重，默认 30），单位为 %；或考核计分的分值（base、per_finding 等，见 settings show）。':
        "Change an assessment setting: a survey threshold in % (explain_at, a written explanation, default 20; grave_at, grave, default 30), or a point of the score (base, per_finding …, see settings show).",
    '改为列出人员：问题、处理、年度考核建议':
        'List people instead: their findings, sanctions and the appraisal suggested',
    '考核评价：各单位在期间内的问题、处理、投诉、整改、通报、服务承诺、满意度测评，得分及同类单位排名。':
        "The assessment: each unit's findings, sanctions, complaints, rectification, notices, service commitments and survey over a period, its score and its place among units of its kind.",
    '确认人员的年度考核等次（可采纳系统建议，也可另定），记入其考核记录。':
        "Confirm a person's annual appraisal grade (the suggested one or another), kept in their record.",
    '人员所在单位（省略则 PERSON 为人员编号）': "The person's unit (without it, PERSON is the person's id)",
    '考核年度（默认今年）': 'The year appraised (this year by default)',
    '优秀 / 称职 / 基本称职 / 不称职': 'Excellent / competent / basically competent / incompetent',
    '依据（如：一年内受效能告诫2次）': 'What it rests on (e.g. two efficiency warnings in a year)',
    '满意度测评：模板、导入、查看、单位书面说明。': "Satisfaction surveys: template, import, list, a unit's written explanation.",
    '记录单位对不满意率的书面说明。': "Record a unit's written explanation of its dissatisfaction.",
    '测评期间，如 2026': 'The survey period, e.g. 2026',
    '单位的书面说明': "The unit's written explanation",
    '从 Excel 工作簿（工作表“满意度测评”）导入测评结果；有任何一行出错则全部不导入。':
        'Import survey results from a workbook (sheet 满意度测评); with any bad row nothing is imported.',
    '只检查并列出将新增、更新的测评，不写入': 'Only check and list the surveys that would be added or updated; write nothing',
    '列出测评结果：参评人数、不满意率、提示及单位的书面说明。':
        "List the surveys: respondents, dissatisfaction, flag and the unit's explanation.",
    '年度': 'Year',
    '写出空白测评表：单位、期间、满意、基本满意、不满意（人数）及示例行。':
        'Write an empty survey workbook: unit, period, satisfied, basically satisfied, dissatisfied (people) and example rows.',
    '服务承诺：年初登记、年终评议（已兑现 / 基本兑现 / 未兑现）。':
        "Service commitments: stated at the year's start, rated at its end (kept / partly / not kept).",
    '登记单位的一项年度服务承诺，输出其编号。': "Record one of a unit's commitments for the year; prints its id.",
    '承诺内容': 'The commitment',
    '列出服务承诺及其评议。': 'List the service commitments and their ratings.',
    '年终评议一项服务承诺的兑现情况。': "Rate how a commitment was kept, at the year's end.",
    '已兑现 / 基本兑现 / 未兑现': 'Kept / partly kept / not kept',
    '评议说明': 'A note on the rating',
    '考核年度（与 --from/--to 二选一）': 'The year assessed (or --from and --to)',
    '起始日期（季度或自定期间）': 'First day (of a quarter or any period)',
    '考核情况通报（.pdf）': 'The assessment notice (.pdf)',
    '考核情况表（.xlsx，每表一页）': 'The assessment tables (.xlsx, a sheet each)',
    '考核情况通报（PDF，公文格式，附得分排名表）和考核情况表（Excel）。':
        'The assessment notice (PDF, in the official format, with the ranking attached) and its tables (Excel).',
    '审计日志。': 'The audit log.',
    '本机数据的密码：修改，忘记时用办公室的恢复密钥重设，或保存在系统密钥环中。':
        "The password of this computer's data: change it, reset it with the office's recovery key when forgotten, "
        "or keep it in the keyring.",
    '本机数据的密码': "The password of this computer's data",
    '把密码保存在系统密钥环中（GNOME 密钥环、KWallet、Windows 凭据管理器等），此后本机用户的命令不再询问。':
        "Keep the password in the OS keyring (GNOME Keyring, KWallet, Windows Credential Manager, …): this user's "
        "commands no longer ask for it.",
    '从系统密钥环中删除为这个数据目录保存的密码。': "Remove this data directory's password from the keyring.",
    '各电脑的窗口无人操作多少分钟后自动锁定（0：不自动锁定；默认 10）。':
        "The minutes without a key or the mouse after which every laptop's window locks itself (0: never; "
        "by default 10).",
    '同步中心的审计日志。': "The hub's audit logs.",
    '逐条核对同步中心自身和各终端送来的审计日志哈希链，指出每条链第一处被改动或删除的位置。':
        "Check the hub's own audit log and each device's, as sent, entry by entry as hash chains; name the first "
        "place each was altered or removed.",
    '逐条核对审计日志的哈希链，指出第一处被改动或删除的位置。':
        'Check the audit log entry by entry as a hash chain; name the first place altered or removed.',
    '现在的密码':
        'The current password',
    '新密码（至少 8 位）':
        'The new password (at least 8 characters)',
    '修改密码（数据不重新加密，只重新包装数据密钥）。':
        'Change the password (the data is not encrypted again: only its key is wrapped anew).',
    '办公室的恢复私钥文件':
        "The office's recovery private key file",
    '忘记密码时：用办公室的恢复私钥为本机数据重设密码（可在另一台电脑上对拷贝的数据目录进行）。':
        "A forgotten password: reset it with the office's recovery private key (on another computer too, on a "
        'copy of the data directory).',
    '恢复私钥的保存位置（离线保管，不要放在同步中心）':
        'Where to write the recovery private key (keep it offline, not on the hub)',
    '生成办公室的恢复密钥：私钥写入 --out，公钥交给同步中心，各电脑下次同步时用它再包一份数据密钥。':
        "Make the office's recovery key: the private key goes to --out, the public key to the hub; each laptop "
        'wraps its data key to it at its next sync.',
}
