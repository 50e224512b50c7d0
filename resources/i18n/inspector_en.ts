<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../inspector_app/ui/context.py" line="42"/>
        <source>无法完成</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/context.py" line="45"/>
        <source>出现了意外错误</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/context.py" line="46"/>
        <source>操作没有完成，已记录在日志中。已保存的数据不受影响。</source>
        <translation>The operation did not finish and has been logged. Saved data is not affected.</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="62"/>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="62"/>
        <source>第一季度</source>
        <translation>First quarter</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="62"/>
        <source>第二季度</source>
        <translation>Second quarter</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="63"/>
        <source>第三季度</source>
        <translation>Third quarter</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="63"/>
        <source>第四季度</source>
        <translation>Fourth quarter</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="65"/>
        <source>导出考核通报…</source>
        <translation>Export the assessment…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="68"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="68"/>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="68"/>
        <location filename="../../inspector_app/ui/assessment_page.py" line="70"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="68"/>
        <location filename="../../inspector_app/ui/assessment_page.py" line="248"/>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="68"/>
        <location filename="../../inspector_app/ui/assessment_page.py" line="70"/>
        <location filename="../../inspector_app/ui/assessment_page.py" line="233"/>
        <location filename="../../inspector_app/ui/assessment_page.py" line="243"/>
        <source>问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="69"/>
        <source>禁令</source>
        <translation>Prohib.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="69"/>
        <source>投诉属实</source>
        <translation>Complaints true</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="69"/>
        <source>承诺兑现</source>
        <translation>Commitments kept</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="69"/>
        <source>不满意率</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="70"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="70"/>
        <source>最重处理</source>
        <translation>Harshest</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="71"/>
        <source>考核提示</source>
        <translation>Appraisal alerts</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="71"/>
        <source>建议等次</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="71"/>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="72"/>
        <source>确认考核等次…</source>
        <translation>Confirm the grade…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="74"/>
        <source>单位排名</source>
        <translation>Units ranked</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="75"/>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="79"/>
        <source>按月问题</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="79"/>
        <source>问题类型</source>
        <translation>By type</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="80"/>
        <source>同类单位得分</source>
        <translation>Scores of the kind</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="80"/>
        <source>单位与全区</source>
        <translation>Unit and district</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="84"/>
        <source>图表另存为 PNG…</source>
        <translation>Save chart as PNG…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="88"/>
        <source>考核期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="158"/>
        <source>%1 个单位，问题 %2 个；不满意率须书面说明 %3 个、严重 %4 个。</source>
        <translation>%1 units, %2 findings; dissatisfaction to explain: %3, grave: %4.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="232"/>
        <source>各月查处问题</source>
        <translation>Findings a month</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="232"/>
        <location filename="../../inspector_app/ui/assessment_page.py" line="255"/>
        <source>%1月</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="242"/>
        <source>问题类型（前 %1 类）</source>
        <translation>Findings by type (top %1)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="247"/>
        <source>%1得分</source>
        <translation>%1: scores</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="256"/>
        <source>%1与全区平均</source>
        <translation>%1 and the district&apos;s average</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="258"/>
        <source>全区单位平均</source>
        <translation>District average a unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="278"/>
        <source>图表另存为</source>
        <translation>Save chart as</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="282"/>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="289"/>
        <source>导出考核通报</source>
        <translation>Export the assessment</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="289"/>
        <source>考核情况通报.pdf</source>
        <translation>assessment.pdf</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="305"/>
        <source>正在导出考核通报…</source>
        <translation>Exporting the assessment…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/assessment_page.py" line="314"/>
        <source>确认考核等次</source>
        <translation>Confirm the appraisal grade</translation>
    </message>
</context>
<context>
    <name>BatchImportDialog</name>
    <message>
        <location filename="../../inspector_app/ui/batch_import.py" line="37"/>
        <source>从文件夹导入照片</source>
        <translation>Import photos from a folder</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/batch_import.py" line="43"/>
        <source>照片所在的文件夹或存储卡（如 DCIM）</source>
        <translation>Folder or memory card with the photos (e.g. DCIM)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/batch_import.py" line="44"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/batch_import.py" line="45"/>
        <source>读取并匹配</source>
        <translation>Read and match</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/batch_import.py" line="47"/>
        <source>检查行动</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/batch_import.py" line="53"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/batch_import.py" line="53"/>
        <source>拍摄时间</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/batch_import.py" line="53"/>
        <source>归入</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/batch_import.py" line="62"/>
        <source>确认导入</source>
        <translation>Import as shown</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/batch_import.py" line="64"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/batch_import.py" line="83"/>
        <source>选择照片文件夹</source>
        <translation>Choose the photo folder</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/batch_import.py" line="91"/>
        <source>请先新建检查行动。</source>
        <translation>Create an inspection first.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/batch_import.py" line="94"/>
        <source>找不到文件夹：%1</source>
        <translation>Folder not found: %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/batch_import.py" line="102"/>
        <source>正在读取照片…</source>
        <translation>Reading photos…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/batch_import.py" line="116"/>
        <source>无拍摄时间</source>
        <translation>no capture time</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/batch_import.py" line="119"/>
        <source>不导入</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/batch_import.py" line="121"/>
        <source>（点位）</source>
        <translation> (visit)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/batch_import.py" line="133"/>
        <source>读取 %1 个文件：%2 个已匹配，%3 个未匹配，%4 个无法读取。请核对“归入”一栏后确认。</source>
        <translation>Read %1 files: %2 matched, %3 unmatched, %4 unreadable. Check the &apos;Belongs to&apos; column, then confirm.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/batch_import.py" line="153"/>
        <source>已导入 %1 个文件（%2 个此前已有）。</source>
        <translation>Imported %1 files (%2 were already there).</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="111"/>
        <source>登记号、事项或内容</source>
        <translation>Number, matter or text</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="113"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="116"/>
        <source>仅逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="117"/>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="118"/>
        <source>登记投诉…</source>
        <translation>Register a complaint…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="119"/>
        <source>导出台账…</source>
        <translation>Export the ledger…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="120"/>
        <source>统计与暗访重点…</source>
        <translation>Figures and targets…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="124"/>
        <source>登记号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="124"/>
        <location filename="../../inspector_app/ui/complaints_page.py" line="414"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="124"/>
        <location filename="../../inspector_app/ui/complaints_page.py" line="414"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="124"/>
        <location filename="../../inspector_app/ui/complaints_page.py" line="416"/>
        <source>被投诉单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="125"/>
        <location filename="../../inspector_app/ui/complaints_page.py" line="417"/>
        <source>投诉事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="125"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="125"/>
        <source>办理期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="136"/>
        <source>显示更多</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="138"/>
        <location filename="../../inspector_app/ui/complaints_page.py" line="302"/>
        <source>显示投诉人</source>
        <translation>Show the complainant</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="139"/>
        <source>交办单 PDF…</source>
        <translation>Assignment sheet PDF…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="140"/>
        <source>答复函 PDF…</source>
        <translation>Answer letter PDF…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="141"/>
        <source>添加附件…</source>
        <translation>Add attachments…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="191"/>
        <source>交办单</source>
        <translation>Assignment sheet</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="192"/>
        <source>答复函</source>
        <translation>Answer letter</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="230"/>
        <source>（逾期）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="230"/>
        <source>（将到期）</source>
        <translation> (due soon)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="244"/>
        <source>本年受理 %1 件：受理率 %2，按期办结率 %3，答复率 %4，回访满意率 %5，逾期 %6 件。列表 %7 件。</source>
        <translation>This year %1 received: %2 accepted, %3 resolved on time, %4 answered, %5 satisfied, %6 overdue. %7 in the list.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="274"/>
        <location filename="../../inspector_app/ui/complaints_page.py" line="349"/>
        <location filename="../../inspector_app/ui/complaints_page.py" line="465"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="275"/>
        <source>被投诉</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="276"/>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="277"/>
        <source>承办</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="278"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="279"/>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="280"/>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="300"/>
        <source>投诉人已显示（已记入审计日志）</source>
        <translation>Complainant shown (audited)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="332"/>
        <source>（不处理）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="339"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="339"/>
        <source>书面</source>
        <translation>In writing</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="339"/>
        <source>当面</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="339"/>
        <source>短信</source>
        <translation>Text message</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="349"/>
        <location filename="../../inspector_app/ui/complaints_page.py" line="356"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="351"/>
        <source>不予受理…</source>
        <translation>Do not accept…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="351"/>
        <source>理由（也答复投诉人）</source>
        <translation>Reason (also given to the complainant)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="353"/>
        <source>交办…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="354"/>
        <source>承办单位或承办人</source>
        <translation>Handler or unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="355"/>
        <location filename="../../inspector_app/ui/complaints_page.py" line="382"/>
        <source>办理期限（工作日）</source>
        <translation>Deadline (working days)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="356"/>
        <source>交办日期</source>
        <translation>Assigned on</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="358"/>
        <source>办理记录…</source>
        <translation>Handling note…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="358"/>
        <source>调查核实情况</source>
        <translation>What the investigation found</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="360"/>
        <source>延期…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="361"/>
        <source>延长（工作日）</source>
        <translation>Extend by (working days)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="361"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="362"/>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="364"/>
        <source>督办…</source>
        <translation>Press…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="364"/>
        <source>督办意见</source>
        <translation>What is asked</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="366"/>
        <source>办结…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="367"/>
        <source>结论</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="367"/>
        <source>调查核实和处理情况</source>
        <translation>What was found and done</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="368"/>
        <source>处理</source>
        <translation>Sanction</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="368"/>
        <source>办结日期</source>
        <translation>Resolved on</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="370"/>
        <source>答复…</source>
        <translation>Answer…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="371"/>
        <source>答复方式</source>
        <translation>How answered</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="371"/>
        <source>答复内容</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="372"/>
        <source>答复日期</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="374"/>
        <source>回访…</source>
        <translation>Follow up…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="375"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="375"/>
        <source>回访情况</source>
        <translation>Follow-up note</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="376"/>
        <source>回访日期</source>
        <translation>Followed up on</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="378"/>
        <source>销号</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="378"/>
        <source>销号日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="380"/>
        <source>重新办理…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="381"/>
        <source>投诉人的异议</source>
        <translation>The complainant&apos;s objection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="384"/>
        <source>转为问题记录…</source>
        <translation>Make a finding…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="384"/>
        <source>问题类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="412"/>
        <source>重大投诉</source>
        <translation>Major case</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="413"/>
        <source>登记投诉（挂号）</source>
        <translation>Register a complaint</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="415"/>
        <source>转办来源</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="415"/>
        <source>如 12345热线</source>
        <translation>e.g. the 12345 hotline</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="416"/>
        <source>被投诉人</source>
        <translation>Person complained of</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="417"/>
        <source>投诉内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="418"/>
        <source>投诉人（保密）</source>
        <translation>Complainant (confidential)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="418"/>
        <source>联系电话（保密）</source>
        <translation>Phone (confidential)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="437"/>
        <source>导出台账</source>
        <translation>Export the ledger</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="442"/>
        <source>已导出 %1 件投诉</source>
        <translation>Exported %1 case(s)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="453"/>
        <source>添加附件</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="462"/>
        <source>投诉统计</source>
        <translation>Complaint figures</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="465"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="465"/>
        <source>受理率</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="465"/>
        <source>按期办结率</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="466"/>
        <source>答复率</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="466"/>
        <source>满意率</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="466"/>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="473"/>
        <source>受理日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="489"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="493"/>
        <source>投诉较多的单位（下次暗访重点）：</source>
        <translation>Units complained of most (targets for the next undercover visit): </translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/complaints_page.py" line="494"/>
        <source>没有</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="74"/>
        <source>同步冲突</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="77"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="77"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="77"/>
        <source>同步中心的值</source>
        <translation>Hub&apos;s value</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="78"/>
        <source>终端的值</source>
        <translation>Device&apos;s value</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="78"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="109"/>
        <source>单位</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="109"/>
        <source>人员</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="110"/>
        <source>督查组</source>
        <translation>team</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="108"/>
        <source>名称</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="108"/>
        <location filename="../../inspector_app/ui/sync_panel.py" line="123"/>
        <source>姓名</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="108"/>
        <source>简称</source>
        <translation>short name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="109"/>
        <source>职务</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="110"/>
        <source>标题</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="110"/>
        <source>方式</source>
        <translation>mode</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="111"/>
        <source>开始日期</source>
        <translation>start date</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="111"/>
        <source>结束日期</source>
        <translation>end date</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="111"/>
        <location filename="../../inspector_app/ui/sync_panel.py" line="112"/>
        <source>备注</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="112"/>
        <source>位置</source>
        <translation>location</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="112"/>
        <source>未发现问题</source>
        <translation>no problem found</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="113"/>
        <source>到达时间</source>
        <translation>arrived at</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="113"/>
        <source>离开时间</source>
        <translation>left at</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="114"/>
        <source>人员描述</source>
        <translation>person as described</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="114"/>
        <source>问题类型</source>
        <translation>violation type</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="115"/>
        <source>发现时间</source>
        <translation>observed at</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="115"/>
        <source>地点</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="115"/>
        <source>描述</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="116"/>
        <source>见证人</source>
        <translation>witnesses</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="116"/>
        <source>状态</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="116"/>
        <source>作废理由</source>
        <translation>reason for voiding</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="117"/>
        <source>旋转</source>
        <translation>rotation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="117"/>
        <source>打码区域</source>
        <translation>redactions</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="117"/>
        <source>用于通报</source>
        <translation>used in notices</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="118"/>
        <source>处理方式</source>
        <translation>handling decided</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="118"/>
        <source>决定日期</source>
        <translation>decided on</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="119"/>
        <source>期限</source>
        <translation>due on</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="119"/>
        <source>整改反馈</source>
        <translation>rectification feedback</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="119"/>
        <source>验收通过</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="120"/>
        <source>文号</source>
        <translation>document number</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="120"/>
        <source>主送</source>
        <translation>recipients</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="120"/>
        <source>正文</source>
        <translation>body</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="120"/>
        <source>抄送</source>
        <translation>copied to</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="121"/>
        <source>印发日期</source>
        <translation>issued on</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="121"/>
        <source>事由</source>
        <translation>subject</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="121"/>
        <source>内容</source>
        <translation>content</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="122"/>
        <source>答复</source>
        <translation>answer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="122"/>
        <source>删除</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="122"/>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="123"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="123"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="124"/>
        <source>同步中心上已被他人修改</source>
        <translation>changed on the hub by someone else</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="124"/>
        <source>已被另一条记录使用</source>
        <translation>held by another record</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="125"/>
        <source>无权进行此项修改</source>
        <translation>not permitted for this user</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="125"/>
        <source>同步中心拒收</source>
        <translation>rejected by the hub</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="126"/>
        <source>督查组的修改被办公室的决定取代</source>
        <translation>a team&apos;s change, superseded by the office&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="153"/>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="153"/>
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="92"/>
        <source>保留同步中心的值</source>
        <translation>Keep the hub&apos;s value</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="93"/>
        <source>采用终端的值</source>
        <translation>Take the device&apos;s value</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../inspector_app/ui/desk.py" line="47"/>
        <source>在左侧选择一条问题记录，这里显示其事实、证据与历史，下方可作处理。</source>
        <translation>Choose a finding on the left: its facts, evidence and history show here, and what can be done with it below.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/desk.py" line="48"/>
        <source>没有等待处理的问题记录。督查员提交的问题（同步后）会出现在左侧列表中。</source>
        <translation>Nothing is waiting. What inspectors submit shows in the list on the left (after a sync).</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="37"/>
        <source>登记到同步中心</source>
        <translation>Enrol with the hub</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="46"/>
        <source>向管理员要同步中心的地址和一次性注册码；密码是管理员为您开设账号时设定的密码。登记后，本机记录的录入人即为您本人。</source>
        <translation>Ask the administrator for the hub&apos;s address and a one-time code; the password is the one set when your account was made. Once enrolled, this laptop records you as the author.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="50"/>
        <source>同步中心地址</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="51"/>
        <source>注册码</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="52"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="53"/>
        <source>本机名称</source>
        <translation>This device&apos;s name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="55"/>
        <source>登记</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="56"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FindingDetail</name>
    <message>
        <location filename="../../inspector_app/ui/finding_list.py" line="201"/>
        <source>作废理由</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finding_list.py" line="202"/>
        <source>建议处理</source>
        <translation>Suggested handling</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finding_list.py" line="203"/>
        <source>处理决定</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finding_list.py" line="204"/>
        <source>对单位“一把手”问责</source>
        <translation>holding the unit&apos;s head accountable</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finding_list.py" line="205"/>
        <source>当事人本年度其他问题</source>
        <translation>The person&apos;s other findings this year</translation>
    </message>
</context>
<context>
    <name>FindingListPage</name>
    <message>
        <location filename="../../inspector_app/ui/finding_list.py" line="39"/>
        <source>时间段</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finding_list.py" line="46"/>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finding_list.py" line="50"/>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finding_list.py" line="54"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finding_list.py" line="61"/>
        <source>仅看整改逾期</source>
        <translation>Overdue rectification only</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finding_list.py" line="64"/>
        <source>检索：描述、地点、姓名、单位</source>
        <translation>Search: description, place, name, unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finding_list.py" line="95"/>
        <source>证据与打码… (Enter)</source>
        <translation>Evidence and redaction… (Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/finding_list.py" line="122"/>
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finding_list.py" line="183"/>
        <source>选择一条问题记录，这里显示其事实、照片与当事人本年度的记录；按 Enter 打开证据。</source>
        <translation>Choose a finding: its facts, photos and the person&apos;s year show here; Enter opens its evidence.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finding_list.py" line="184"/>
        <source>没有符合条件的问题记录。可放宽上方的条件，或在“快速录入”中录入。</source>
        <translation>No finding matches. Widen the filters above, or record one in Quick entry.</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <location filename="../../inspector_app/ui/finding_model.py" line="34"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finding_model.py" line="34"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finding_model.py" line="34"/>
        <source>当事人</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finding_model.py" line="34"/>
        <source>问题类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finding_model.py" line="35"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finding_model.py" line="35"/>
        <source>整改期限</source>
        <translation>Rectify by</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finding_model.py" line="35"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finding_model.py" line="124"/>
        <source>%1 逾期 %2 天</source>
        <translation>%1, %2 days overdue</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/finding_model.py" line="126"/>
        <source> 已整改</source>
        <translation> rectified</translation>
    </message>
</context>
<context>
    <name>GalleryDialog</name>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="113"/>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="127"/>
        <source>向左转</source>
        <translation>Turn left</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="128"/>
        <source>向右转</source>
        <translation>Turn right</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="130"/>
        <source>马赛克</source>
        <translation>Mosaic</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="131"/>
        <source>模糊</source>
        <translation>Blur</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="132"/>
        <source>在图片上按住鼠标左键拖出矩形，即可打码</source>
        <translation>Drag a rectangle over the picture with the left mouse button to cover it</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="133"/>
        <source>撤销打码</source>
        <translation>Undo cover</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="134"/>
        <source>清除打码</source>
        <translation>Remove covers</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="135"/>
        <source>用于通报</source>
        <translation>Use in notices</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="136"/>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="137"/>
        <source>另存原件…</source>
        <translation>Save original as…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="138"/>
        <source>另存带说明的副本…</source>
        <translation>Save captioned copy as…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="139"/>
        <source>打码后的打印尺寸副本，下方附拍摄时间和单位，便于随通报转发</source>
        <translation>A redacted print-size copy with the capture time and unit below, to send with a notice</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="140"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="149"/>
        <source>打码</source>
        <translation>Cover with</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/gallery.py" line="199"/>
        <source>证据 %n 件</source>
        <translation>
            <numerusform>%n item of evidence</numerusform>
            <numerusform>%n items of evidence</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="215"/>
        <source>尚无证据。点“添加照片…”或把照片拖到录入表单。</source>
        <translation>No evidence yet. Click &apos;Add photos…&apos; or drop photos on the entry form.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="220"/>
        <source>已打码</source>
        <translation>covered</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="247"/>
        <source>无拍摄时间</source>
        <translation>no capture time</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="251"/>
        <source>此文件不是照片，无法预览；可“另存原件…”后用其他程序打开。</source>
        <translation>This file is not a photo and cannot be previewed; save the original and open it with another program.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="254"/>
        <source>照片原件尚未同步到本机。</source>
        <translation>The original photo has not reached this computer yet.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="314"/>
        <source>添加照片</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="315"/>
        <source>照片 (*.jpg *.jpeg *.png *.heic *.heif *.webp);;所有文件 (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="333"/>
        <source>部分文件未导入</source>
        <translation>Some files were not imported</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="334"/>
        <source>正在导入照片…</source>
        <translation>Importing photos…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="341"/>
        <source>另存原件</source>
        <translation>Save original as</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="350"/>
        <source>另存带说明的副本</source>
        <translation>Save captioned copy as</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="351"/>
        <source>JPEG 图片 (*.jpg)</source>
        <translation>JPEG pictures (*.jpg)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/gallery.py" line="359"/>
        <source>已另存：%1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="275"/>
        <source>导入名册：预览</source>
        <translation>Import the roster: preview</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="279"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialog.py" line="19"/>
        <source>新建检查行动</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialog.py" line="29"/>
        <source>（未指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialog.py" line="35"/>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialog.py" line="36"/>
        <source>方式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialog.py" line="37"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialog.py" line="38"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialog.py" line="39"/>
        <source>督查组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/inspection_dialog.py" line="40"/>
        <source>计划检查单位</source>
        <translation>Units to visit</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../inspector_app/ui/lock.py" line="53"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/lock.py" line="77"/>
        <source>请输入本机数据的密码解锁</source>
        <translation>Enter the password of this laptop&apos;s data to unlock</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/lock.py" line="60"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/lock.py" line="94"/>
        <source>密码不正确</source>
        <translation>Wrong password</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../inspector_app/ui/login.py" line="18"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/login.py" line="18"/>
        <source>设置本机数据的密码</source>
        <translation>Set the password of this laptop&apos;s data</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/login.py" line="19"/>
        <source>本机数据已加密。请输入密码。</source>
        <translation>This laptop&apos;s data is encrypted. Enter the password.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/login.py" line="20"/>
        <source>本机数据将加密保存，请设置密码（至少 8 位）。忘记密码时，只有办公室的恢复密钥能找回数据。</source>
        <translation>This laptop&apos;s data will be kept encrypted: set a password (at least 8 characters). If it is forgotten, only the office&apos;s recovery key can bring the data back.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/login.py" line="21"/>
        <source>本机数据将首次加密（先自动备份，完成并核对后删除备份）。请设置密码（至少 8 位）。</source>
        <translation>This laptop&apos;s data will now be encrypted (a backup is taken first and removed once the encrypted copy is checked). Set a password (at least 8 characters).</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/login.py" line="32"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/login.py" line="34"/>
        <source>再输一次</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/login.py" line="44"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/login.py" line="47"/>
        <source>密码至少 %1 位</source>
        <translation>The password needs at least %1 characters</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="89"/>
        <location filename="../../inspector_app/ui/main_window.py" line="191"/>
        <location filename="../../inspector_app/ui/main_window.py" line="369"/>
        <source>效能督查工作台</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="114"/>
        <source>正在打开数据…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="119"/>
        <source>快速录入</source>
        <translation>Quick entry</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="119"/>
        <source>问题记录</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="119"/>
        <source>审核</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="120"/>
        <source>整改</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="120"/>
        <source>通报</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="120"/>
        <source>名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="121"/>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="121"/>
        <source>考核</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="165"/>
        <source>数据目录：%1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="212"/>
        <source>同步完成：发送 %1 项，接收 %2 项，冲突 %3 项</source>
        <translation>Synced: %1 sent, %2 received, %3 conflicts</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="217"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="218"/>
        <source>新建检查行动…</source>
        <translation>New inspection…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="221"/>
        <source>从文件夹导入照片…</source>
        <translation>Import photos from a folder…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="224"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="227"/>
        <source>登记到同步中心…</source>
        <translation>Enrol with the hub…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="230"/>
        <source>本机使用人…</source>
        <translation>User of this laptop…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="233"/>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="237"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="240"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="241"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="252"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="253"/>
        <location filename="../../inspector_app/ui/main_window.py" line="269"/>
        <source>使用说明</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="257"/>
        <location filename="../../inspector_app/ui/main_window.py" line="283"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/main_window.py" line="283"/>
        <source>效能督查工作台 Inspector</source>
        <translation>Inspector (效能督查工作台)</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="27"/>
        <source>姓+某某</source>
        <translation>Surname + 某某</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="27"/>
        <source>全名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="28"/>
        <source>不具名</source>
        <translation>No name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="29"/>
        <source>按单位</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="29"/>
        <source>按问题类型</source>
        <translation>By type</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="73"/>
        <source>全选</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="73"/>
        <source>全不选</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="77"/>
        <source>生成草稿</source>
        <translation>Make the draft</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="80"/>
        <source>起</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="81"/>
        <source>止</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="82"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="83"/>
        <source>编排</source>
        <translation>Grouping</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="84"/>
        <source>称谓</source>
        <translation>Names</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="86"/>
        <source>单位（不选即全部）</source>
        <translation>Units (none ticked: all)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="86"/>
        <source>问题类型（不选即全部）</source>
        <translation>Types (none ticked: all)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="87"/>
        <source>通报的问题（已审核）</source>
        <translation>Findings to report (reviewed)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="110"/>
        <source>已有通报</source>
        <translation>Existing notices</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="115"/>
        <source>生成草稿后，通报正文在此修改；改好后点“保存修改并预览”。</source>
        <translation>Once a draft is made, edit the notice&apos;s text here, then click &apos;Save and preview&apos;.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="117"/>
        <source>保存修改并预览</source>
        <translation>Save and preview</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="118"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="119"/>
        <source>印发…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="176"/>
        <source>（草稿）</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="208"/>
        <source>已选 %1 / %2 条，照片 %3 张</source>
        <translation>%1 of %2 chosen, %3 photos</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="211"/>
        <source>照片在“证据与打码”中勾选“用于通报”</source>
        <translation>Photos are chosen with &apos;Use in notices&apos; in the evidence window</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="220"/>
        <source>正在生成通报…</source>
        <translation>Drafting the notice…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="227"/>
        <source>已印发，内容已冻结</source>
        <translation>issued, content frozen</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="229"/>
        <source>草稿，可修改</source>
        <translation>Draft, may be edited</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="239"/>
        <source>正在排版…</source>
        <translation>Laying out pages…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="248"/>
        <source>尚无草稿。在左侧选择时间段、单位和问题类型，点“生成草稿”；草稿的每一页将在这里按印出的样子显示。</source>
        <translation>No draft yet. Choose the period, units and types on the left and click &apos;Make the draft&apos;; each page of the draft shows here as it will print.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="275"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="289"/>
        <location filename="../../inspector_app/ui/notice_page.py" line="293"/>
        <source>印发通报</source>
        <translation>Issue the notice</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="289"/>
        <source>仍要印发吗？</source>
        <translation>Issue it all the same?</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="294"/>
        <source>发文字号（印发后内容冻结，问题记录变为“已通报”）：</source>
        <translation>Document number (once issued the content is frozen and its findings become &apos;notified&apos;):</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="303"/>
        <source>正在印发…</source>
        <translation>Issuing…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="307"/>
        <source>导出到文件夹</source>
        <translation>Export to folder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector_app/ui/notice_page.py" line="320"/>
        <source>已导出 %n 个文件</source>
        <translation>
            <numerusform>Exported %n file</numerusform>
            <numerusform>Exported %n files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/notice_page.py" line="321"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="329"/>
        <source>编辑人员</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="329"/>
        <source>新增人员</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="341"/>
        <source>党员</source>
        <translation>Party member</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="342"/>
        <source>领导干部</source>
        <translation>Leading cadre</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="346"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="356"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="357"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="358"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="359"/>
        <source>人员类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="361"/>
        <source>督查组</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>QuickEntryPage</name>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="79"/>
        <location filename="../../inspector_app/ui/quick_entry.py" line="277"/>
        <source>未开始点位</source>
        <translation>No visit under way</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="80"/>
        <location filename="../../inspector_app/ui/quick_entry.py" line="279"/>
        <source>到达此单位</source>
        <translation>Arrive at this unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="81"/>
        <source>本点位未发现问题</source>
        <translation>Nothing wrong here</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="84"/>
        <source>检查行动</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="92"/>
        <source>单位名称或拼音首字母，如 rsj</source>
        <translation>Unit name or pinyin initials, e.g. rsj</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="94"/>
        <source>姓名或拼音首字母，如 zsm；新人员自动建档</source>
        <translation>Name or pinyin initials, e.g. zsm; a new person is filed on save</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="96"/>
        <source>不知姓名时描述，如“一名女工作人员”</source>
        <translation>If the name is unknown, describe the person, e.g. 一名女工作人员</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="111"/>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="112"/>
        <source>保存后提交审核</source>
        <translation>Submit for review on save</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="114"/>
        <source>保存 (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="119"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="120"/>
        <source>当事人</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="122"/>
        <source>问题类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="123"/>
        <source>发现时间</source>
        <translation>Observed at</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="124"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="125"/>
        <source>事实描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="129"/>
        <source>证据照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="183"/>
        <source>（不属于检查行动）</source>
        <translation>(no inspection)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="209"/>
        <source>选择照片</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="210"/>
        <source>照片和视频 (*.jpg *.jpeg *.png *.heic *.heif *.webp *.mp4 *.mov);;所有文件 (*)</source>
        <translation>Photos and videos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.mp4 *.mov);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="240"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="251"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="257"/>
        <source>到达单位</source>
        <translation>Arrive at a unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="257"/>
        <source>请先选择检查行动</source>
        <translation>Choose an inspection first</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="265"/>
        <source>点位：%1 %2</source>
        <translation>Visit: %1 %2</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="268"/>
        <source>离开此单位</source>
        <translation>Leave this unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="288"/>
        <source>已记录：本点位未发现问题</source>
        <translation>Recorded: nothing wrong at this visit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="295"/>
        <source>本年度问题</source>
        <translation>Findings this year</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="295"/>
        <source>建议处理</source>
        <translation>Suggested handling</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/quick_entry.py" line="344"/>
        <source>已恢复上次未保存的记录</source>
        <translation>The unsaved entry from last time is back</translation>
    </message>
</context>
<context>
    <name>RectificationPage</name>
    <message>
        <location filename="../../inspector_app/ui/rectification_page.py" line="35"/>
        <source>修改期限</source>
        <translation>Move deadline</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/rectification_page.py" line="38"/>
        <source>单位报送的整改情况</source>
        <translation>What the unit reported</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/rectification_page.py" line="42"/>
        <source>验收通过（已整改）</source>
        <translation>Accept (rectified)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/rectification_page.py" line="43"/>
        <source>不通过，限期重改</source>
        <translation>Send back, redo by</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/rectification_page.py" line="54"/>
        <source>整改期限</source>
        <translation>Rectify by</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/rectification_page.py" line="55"/>
        <source>收到报告</source>
        <translation>Report received</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/rectification_page.py" line="56"/>
        <source>整改情况</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/rectification_page.py" line="69"/>
        <source>整改</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/rectification_page.py" line="69"/>
        <source>尚无整改期限</source>
        <translation>No rectification deadline yet</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/rectification_page.py" line="69"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/rectification_page.py" line="70"/>
        <source>已逾期</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/rectification_page.py" line="70"/>
        <source>收到</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/rectification_page.py" line="80"/>
        <source>验收通过</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/rectification_page.py" line="80"/>
        <source>退回重改</source>
        <translation>sent back</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../inspector_app/ui/review.py" line="27"/>
        <source>对单位“一把手”问责</source>
        <translation>Hold the unit&apos;s head accountable</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/review.py" line="28"/>
        <source>本单位的问题由其“一把手”承担责任：仅限文件规定的问责方式</source>
        <translation>The unit&apos;s head answers for the unit&apos;s failings: only in the forms the source documents name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/review.py" line="31"/>
        <source>处理说明（可选）</source>
        <translation>Note on the handling (optional)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/review.py" line="33"/>
        <source>决定处理</source>
        <translation>Decide</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/review.py" line="34"/>
        <source>退回补充证据</source>
        <translation>Return for more evidence</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/review.py" line="35"/>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/review.py" line="36"/>
        <source>证据与打码…</source>
        <translation>Evidence and redaction…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/review.py" line="66"/>
        <source>同步冲突 %1 项，待处理…</source>
        <translation>%1 sync conflicts to settle…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/review.py" line="73"/>
        <source>记录历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/review.py" line="103"/>
        <source>作废问题记录</source>
        <translation>Void the finding</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/review.py" line="103"/>
        <source>作废理由（必填）：</source>
        <translation>Reason for voiding (required):</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="32"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="32"/>
        <location filename="../../inspector_app/ui/roster_page.py" line="162"/>
        <source>在职</source>
        <translation>At work</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="36"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="36"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="36"/>
        <source>人员类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="36"/>
        <source>党员</source>
        <translation>Party member</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="37"/>
        <source>领导干部</source>
        <translation>Leading cadre</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="37"/>
        <source>督查组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="37"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="44"/>
        <source>显示已离开的人员</source>
        <translation>Show those who left</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="45"/>
        <source>从 Excel 导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="46"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="47"/>
        <source>名册模板…</source>
        <translation>Roster template…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="48"/>
        <source>新增单位…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="49"/>
        <source>编辑单位…</source>
        <translation>Edit unit…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="50"/>
        <source>新增人员…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="51"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="52"/>
        <location filename="../../inspector_app/ui/roster_page.py" line="186"/>
        <source>标记离开</source>
        <translation>Mark as left</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="53"/>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="54"/>
        <source>并入…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="160"/>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="162"/>
        <source>待确认</source>
        <translation>to confirm</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="162"/>
        <source>已离开</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="171"/>
        <source>%1 年：问题 %2 条，处理 %3 项，对“一把手”问责 %4 次，投诉 %5 件（属实 %6 件）</source>
        <translation>%1: %2 findings, %3 decisions, the head held accountable %4 times, %5 complaints (%6 found true)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="186"/>
        <source>恢复在职</source>
        <translation>Back at work</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="236"/>
        <source>并入名册中的人员</source>
        <translation>Merge into a person of the roster</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="237"/>
        <source>“%1”即是：</source>
        <translation>&apos;%1&apos; is:</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="246"/>
        <source>导入名册</source>
        <translation>Import the roster</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="251"/>
        <source>正在检查工作簿…</source>
        <translation>Checking the workbook…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="256"/>
        <source>正在导入名册…</source>
        <translation>Importing the roster…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="259"/>
        <source>导出名册</source>
        <translation>Export the roster</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="259"/>
        <source>名册.xlsx</source>
        <translation>roster.xlsx</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="262"/>
        <source>正在导出名册…</source>
        <translation>Exporting the roster…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="265"/>
        <source>名册模板</source>
        <translation>Roster template</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="265"/>
        <source>名册模板.xlsx</source>
        <translation>roster-template.xlsx</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="30"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="32"/>
        <source>发文机关标志</source>
        <translation>Issuing authority&apos;s mark</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="32"/>
        <source>机关代字</source>
        <translation>Authority&apos;s code</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="32"/>
        <source>署名</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="33"/>
        <source>主送机关</source>
        <translation>Main recipients</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="33"/>
        <source>抄送机关</source>
        <translation>Copies to</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="33"/>
        <source>印发机关</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="34"/>
        <source>附注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="37"/>
        <source>使用已印好红色版头的公文纸</source>
        <translation>Paper with the red header already printed</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="44"/>
        <source>整改报告期限（工作日，本地设置，默认 10）</source>
        <translation>Rectification report due (working days; a local setting, default 10)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="46"/>
        <source>照片页每页照片数（1 或 2）</source>
        <translation>Photos per page of the photo sheet (1 or 2)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="49"/>
        <source>仿宋（正文）</source>
        <translation>FangSong (body)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="49"/>
        <source>宋体</source>
        <translation>Song</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="49"/>
        <source>小标宋（标题）</source>
        <translation>XiaoBiaoSong (title)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="50"/>
        <source>黑体（一级标题）</source>
        <translation>Hei (first-level headings)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="50"/>
        <source>楷体（二级标题）</source>
        <translation>Kai (second-level headings)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="53"/>
        <source>留空：自动使用本机或程序自带的字体。</source>
        <translation>Empty: the machine&apos;s own or the bundled font is used.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="55"/>
        <source>自动</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="56"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="66"/>
        <source>以下次数不是文件规定，而是本办的本地设置；依据文件的规则（如四条禁令）不能修改。</source>
        <translation>These numbers are not set by a source document but are this office&apos;s own; rules that follow a document (such as the four prohibitions) cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="69"/>
        <source> 次（默认 %1）</source>
        <translation> times (default %1)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="77"/>
        <source>不自动锁定</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="78"/>
        <source> 分钟</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="81"/>
        <source>各电脑的窗口无人操作（不按键、不动鼠标）这么久后自动锁定，须输入密码解锁。</source>
        <translation>Every laptop&apos;s window locks itself after this long without a key pressed or the mouse moved; its password unlocks it.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="83"/>
        <source>无操作自动锁定</source>
        <translation>Lock when idle</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="86"/>
        <source>尚未登记到同步中心</source>
        <translation>not enrolled with a hub yet</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="89"/>
        <source>同步中心地址</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="92"/>
        <source>通报</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="93"/>
        <source>字体</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="94"/>
        <source>本地规则</source>
        <translation>Local rules</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="95"/>
        <source>投诉与节假日</source>
        <translation>Complaints and holidays</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="96"/>
        <source>考核</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="97"/>
        <source>安全</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="98"/>
        <source>同步中心</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="120"/>
        <source>不满意率阈值依据文件（20%、30%）；计分的分值是本办的本地设置。</source>
        <translation>The dissatisfaction thresholds follow the source documents (20 %, 30 %); the score&apos;s points are this office&apos;s local settings.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="135"/>
        <source>投诉办理期限（工作日）</source>
        <translation>Complaint deadline (working days)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="135"/>
        <source>重大投诉办理期限（工作日）</source>
        <translation>Major complaint deadline (working days)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="136"/>
        <source>转办（12345 等）办理期限（工作日）</source>
        <translation>Referred complaint deadline (working days)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="137"/>
        <source>到期前提醒（工作日）</source>
        <translation>Remind before the deadline (working days)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="137"/>
        <source>投诉达到几件列为暗访重点</source>
        <translation>Complaints that make a unit a target</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="141"/>
        <source>以下数字是本办的本地设置，不是文件规定。</source>
        <translation>These numbers are the office&apos;s own settings, not set by any source document.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="127"/>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="146"/>
        <source>（默认 %1）</source>
        <translation> (default %1)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="149"/>
        <source>节假日与调休：日历库收录 %1–%2 年；此后的年份在国务院公布后于此补充（每行一天或一段，如 2027-02-06..2027-02-12）。</source>
        <translation>Holidays and worked weekends: the calendar library knows %1–%2; add a later year here once the State Council announces it (one day or run a line, e.g. 2027-02-06..2027-02-12).</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="157"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="158"/>
        <source>法定节假日</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="159"/>
        <source>调休上班日</source>
        <translation>Worked weekend days</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="170"/>
        <source>选择字体文件</source>
        <translation>Choose a font file</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/settings_dialog.py" line="170"/>
        <source>字体 (*.ttf *.otf *.ttc)</source>
        <translation>Fonts (*.ttf *.otf *.ttc)</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="183"/>
        <location filename="../../inspector_app/ui/sync_panel.py" line="244"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="213"/>
        <source>从未同步</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="215"/>
        <source>未登记到同步中心</source>
        <translation>Not enrolled with a hub</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="216"/>
        <source>待发送 %1 项、照片 %2 张 · 上次同步：%3</source>
        <translation>%1 changes and %2 photos waiting · last sync: %3</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="220"/>
        <source>被拒 %1</source>
        <translation>Refused %1</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="223"/>
        <source>冲突 %1</source>
        <translation>%1 conflicts</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="235"/>
        <source>同步中…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="284"/>
        <source>上次同步时，同步中心没有接受以下 %1 项修改。它们仍保存在本机，办公室在“同步冲突”中能看到。</source>
        <translation>At the last sync the hub did not accept these %1 changes. They are still kept on this laptop, and the office sees them among the sync conflicts.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/sync_panel.py" line="285"/>
        <source>同步中心拒收的修改</source>
        <translation>Changes the hub refused</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../inspector_app/ui/tasks.py" line="120"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="294"/>
        <source>编辑单位</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="294"/>
        <source>新增单位</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="298"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="310"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="311"/>
        <source>上级单位</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="312"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/roster_page.py" line="313"/>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../inspector_app/ui/user_dialog.py" line="19"/>
        <source>本机使用人</source>
        <translation>User of this laptop</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/user_dialog.py" line="20"/>
        <source>您的姓名将作为录入人写入每条记录和历史。登记到同步中心后，使用人即为同步中心的用户。</source>
        <translation>Your name is written as the author of every record and history line. Once the laptop is enrolled with a hub, its user is the hub&apos;s user.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/user_dialog.py" line="31"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/user_dialog.py" line="33"/>
        <source>密码（打开本机数据用，至少 8 位）</source>
        <translation>Password (opens this laptop&apos;s data; at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/user_dialog.py" line="34"/>
        <source>再输一次</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../../inspector_app/ui/user_dialog.py" line="48"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
</TS>
