// Fields described by what their headers mean, not by a list of spellings. A header is read into
// concepts (时间 / date / timestamp are all `time`; 投诉 / 客訴 / complaint are `complaint`), and each
// field says which concepts make it (a `time` with a `reply` is the first-reply time) and which
// rule it out. A header no listed name matches is read by the field whose concepts explain most
// of it. docs/recognition.md describes it for users.

import type { SheetKind } from '../sheets/schema';
import { normalizeHeader } from '../text';
import { splitWords } from './headers';

export type Concept =
  | 'accept'
  | 'accused'
  | 'actual'
  | 'address'
  | 'attachment'
  | 'system'
  | 'supplier'
  | 'seller'
  | 'void'
  | 'directory'
  | 'tracking'
  | 'price'
  | 'recipient'
  | 'attitude'
  | 'callback'
  | 'case'
  | 'category'
  | 'channel'
  | 'close'
  | 'complaint'
  | 'content'
  | 'create'
  | 'customer'
  | 'deal'
  | 'department'
  | 'due'
  | 'duration'
  | 'email'
  | 'employment'
  | 'first'
  | 'identity'
  | 'handle'
  | 'id'
  | 'inbound'
  | 'join'
  | 'level'
  | 'lost'
  | 'money'
  | 'month'
  | 'name'
  | 'note'
  | 'occur'
  | 'order'
  | 'person'
  | 'phone'
  | 'points'
  | 'quantity'
  | 'product'
  | 'purchase'
  | 'reason'
  | 'reception'
  | 'repair'
  | 'reply'
  | 'result'
  | 'reward'
  | 'role'
  | 'rowNumber'
  | 'rule'
  | 'satisfaction'
  | 'serial'
  | 'ship'
  | 'skill'
  | 'solution'
  | 'staffId'
  | 'status'
  | 'store'
  | 'suggest'
  | 'tag'
  | 'time'
  | 'type'
  | 'update'
  | 'company';

/** A part's number (Part No, P/N): the product's model, read less surely (PART_NUMBER). */
const PART_NUMBER_PHRASES = ['part no', 'part number', 'p n', 'pn'] as const;

/**
 * The words (Simplified Chinese, read after folding, and English words or phrases) that carry each
 * concept. A word may carry two (时间戳 is a time of creation). Longer words win over the words they
 * contain (投诉人 is the customer, not 投诉 + 人; 号码 is a phone, not an id).
 */
const LEXICON: ReadonlyArray<readonly [readonly Concept[], readonly string[], readonly string[]]> = [
  // Words that say only how much is written (详细描述, Full description): known, and of no concept.
  [[], ['详细', '具体', '简要', '完整'], ['detailed', 'full', 'brief', 'specific']],
  // Words ending in 量 that count nothing (质量问题 is a problem of quality, 重量 a weight).
  [[], ['质量', '重量', '容量', '流量', '能量', '力量'], []],
  [
    ['complaint'],
    ['投诉', '客诉', '申诉', '陈情', '抱怨', '不满', '客怨', '检举'],
    ['complaint', 'grievance', 'complain'],
  ],
  // Whoever created or changed a record (creator_id, create_user, updateuser) is a member of staff: not
  // the record's number, nor the customer a user is elsewhere.
  [['create', 'person'], [], ['creator', 'create user', 'created user', 'create by']],
  [['update', 'person'], [], ['update user', 'updated user', 'modify user', 'modified user', 'update by']],
  [
    ['case'],
    ['工单', '案件', '个案', '服务单', '事件', '案'],
    [
      'ticket',
      'case',
      'incident',
      'request',
      // A warranty claim is the case it opens (claim_id, Claim Date).
      'claim',
      'conversation',
      // A repair shop's job (Job Log, Job Card) is its case; a job alone is someone's role.
      'job log',
      'job card',
      'job sheet',
    ],
  ],
  // The day a case was opened (Open Date, OPENDATE): "open" alone is a status.
  [['create', 'time'], [], ['open date', 'opened date', 'date open', 'opening date']],
  // A repair's or an after-sales case's own form (维修单号, 售后单, 报修单) is a case of repair.
  [['case', 'repair'], ['维修单', '售后单', '报修单', '返修单'], ['repair order']],
  // An issue is what a case is about (Issue), and the case itself in Issue key, Issue id, Issue type.
  [['case', 'content'], ['事项'], ['issue']],
  [
    ['case', 'id'],
    [],
    ['issue key', 'issue id', 'issue number', 'issue no', 'job id', 'job no', 'job number'],
  ],
  [['case', 'category', 'type'], [], ['issue type']],
  [['order'], ['订单', '交易', '运单', '快递单'], ['order', 'transaction', 'invoice']],
  [
    ['id'],
    ['编号', '单号', '编码', '流水号', '案号', '序列码', '号'],
    ['id', 'no', 'nr', 'number', 'num', 'ref', 'reference', 'key', 'code no'],
  ],
  // An item's number in a catalogue (品號, 料号, 货号): the product's, never a case's.
  [['product', 'id'], ['品号', '料号', '货号'], []],
  [['rowNumber'], ['序号', '行号', '项次', '序'], ['s no', 'sr no', 's nr', 'sr nr', 'row', 'index', 'seq']],
  [
    ['staffId'],
    ['工号', '员工编号', '员工编码', '职工编号', '员工号'],
    [
      'employee id',
      'employee number',
      'employee no',
      'staff id',
      'staff number',
      'staff no',
      'agent id',
      'user id',
      'worker id',
    ],
  ],
  [
    ['time'],
    ['时间', '日期', '时刻', '日', '时', '年月日'],
    ['time', 'date', 'datetime', 'at', 'on', 'when', 'day', 'dt', 'ts'],
  ],
  [
    ['create', 'time'],
    ['时间戳', '时间戳记', '时间标记'],
    ['timestamp', 'date in', 'time in'],
  ],
  [
    ['create'],
    [
      '创建',
      '新建',
      '报单',
      '提交',
      '登记',
      '发起',
      '填写',
      '填报',
      '录入',
      '收到',
      '接收',
      '进线',
      '申请',
      '反映',
      '接诉',
      '接到',
      '提出',
      '报案',
      '建单',
      '开单',
      '立案',
      '来访',
      '报警',
      // Taiwan's interfaces say 新增 for created (新增於, 新增日期).
      '新增',
      // A complaint posted on a platform (发布时间) came in when it was posted.
      '发布',
    ],
    [
      'created',
      'create',
      'creation',
      'submitted',
      'submit',
      'submission',
      'received',
      'receive',
      'opened',
      'logged',
      'log',
      'reported',
      'raised',
      'filed',
      'lodged',
      'registered',
      'recorded',
      'entered',
      'requested',
      'start',
      // A job booked in at a service centre (Booked date, Date Booked) was received then.
      'booked',
    ],
  ],
  // A call the customer placed (来电, 呼入, Incoming): a record's arrival, never a callback the team made.
  [
    ['create', 'inbound'],
    ['来电', '呼入'],
    ['incoming', 'inbound call'],
  ],
  [
    ['accept'],
    // A car taken into the workshop (入厂时间, 进厂时间) is the case received, as a 4S shop keeps it.
    ['受理', '接单', '接手', '接待', '派单', '分派', '指派', '转派', '转办', '认领', '签收', '入厂', '进厂'],
    ['accepted', 'acknowledged', 'assigned at', 'picked up'],
  ],
  // Who received a complaint took it in: Complaint received by, Received by.
  [['accept', 'person'], [], ['received by', 'taken by']],
  // What was done about a case: Action taken.
  [['handle', 'result'], [], ['action taken', 'actions taken']],
  [
    ['handle'],
    ['处理', '经办', '承办', '跟进', '负责', '办理', '处置', '跟单', '经手', '承接'],
    ['handled', 'handle', 'handling', 'processed', 'process', 'assigned', 'assign'],
  ],
  // Who works a case to its end: the assignee, the engineer or technician sent to repair.
  [
    ['handle', 'person'],
    // Hong Kong and Taiwan call the staff colleagues (負責同事, 跟進同事).
    ['工程师', '技师', '师傅', '技术员', '安装人员', '服务人员', '负责同事', '跟进同事', '处理同事'],
    [
      'assignee',
      'assigned to',
      'assigned user',
      'assigned agent',
      'responsible',
      'technician',
      'engineer',
      'tech',
      'installer',
    ],
  ],
  [
    ['person'],
    // 教職員 and 教职工 are a school's staff.
    [
      '人员',
      '专员',
      '员工',
      '教职员',
      '教职工',
      '职员',
      '坐席',
      '座席',
      '客服',
      '人',
      '员',
      '者',
      '经理',
      '主管',
      '对象',
      // A dealer's service advisor (服务顾问, 接待顾问, Service Advisor) is the member of staff who took the car in.
      '顾问',
    ],
    [
      'by',
      'agent',
      'staff',
      'person',
      'owner',
      'employee',
      'rep',
      'representative',
      'operator',
      'handler',
      'officer',
      'member',
      'who',
      'manager',
      'roster',
      'personnel',
      'worker',
      'advisor',
      'adviser',
    ],
  ],
  [
    ['customer'],
    [
      '客户',
      '顾客',
      '消费者',
      '买家',
      '用户',
      '会员',
      '来电人',
      '反映人',
      '申请人',
      '报修人',
      '业主',
      '住户',
      '联系人',
      '联络人',
      '提出人',
      '当事人',
      '来访人',
      '乘客',
      '患者',
      '学员',
      '家长',
      '客人',
      '旅客',
      '寄件人',
      '收件人',
      '收货人',
      // The owner of what is serviced: a car's, a machine's, a household's.
      // A social worker's or a lawyer's client (案主, 委托人).
      '案主',
      '委托人',
      '车主',
      '机主',
      '户主',
      '房主',
    ],
    [
      'customer',
      'client',
      'requester',
      'requestor',
      'caller',
      'contact',
      'buyer',
      'consumer',
      'end user',
      'patient',
      'resident',
      'tenant',
      'guest',
      'submitter',
      'reporter',
      'respondent',
      'claimant',
      'applicant',
      'shopper',
      'user',
    ],
  ],
  [
    ['accused'],
    [
      '被投诉人',
      // Who bears the main responsibility (主责人, 主责部门).
      '主责人',
      '主责',
      '被投诉员工',
      '被投诉对象',
      '被投诉方',
      '被投诉',
      '被诉',
      '责任人',
      '责任者',
      '涉事员工',
      '当事员工',
      '涉及',
    ],
    [
      'accused',
      'complained about',
      'subject staff',
      'staff involved',
      'responsible staff',
      // Whom a complaint is against (Against, Complaint against).
      'against',
      'complaint against',
    ],
  ],
  [
    ['name'],
    ['姓名', '名字', '名称', '称呼', '昵称', '名'],
    [
      'name',
      'nickname',
      'full name',
      'first name',
      'display name',
      'username',
      'user name',
      'surname',
      'given name',
      'family name',
    ],
  ],
  [
    ['phone'],
    [
      '联系方式',
      '联系电话',
      '联络电话',
      '联络方式',
      '电话号码',
      '手机号码',
      '手机号',
      '联系号码',
      '手提电话',
      '流动电话',
      '电话',
      '手机',
      '号码',
      '座机',
      '手提',
      '行动电话',
    ],
    [
      'phone',
      'tel',
      'telephone',
      'mobile',
      'cell',
      'cellphone',
      'contact number',
      'contact no',
      // Nr, as German- and Dutch-made software writes No.
      'contact nr',
      'cell nr',
      'mobile nr',
      'phone nr',
      'tel nr',
      'telephone nr',
      'contact info',
      'contact information',
      'contact details',
      'phone number',
      'whatsapp',
      'msisdn',
    ],
  ],
  [['email'], ['邮箱', '电子邮件', '电子邮箱', '电邮', '邮件地址', 'email'], ['email', 'e mail', 'mail']],
  [
    ['address'],
    [
      '地址',
      '住址',
      '收货地址',
      '通讯地址',
      '所在地',
      '地点',
      '位置',
      '门牌',
      '楼栋',
      '楼号',
      '房号',
      '门牌号',
    ],
    ['address', 'street', 'location', 'city'],
  ],
  [
    ['company'],
    // A service point (维修点, 服务站) is a unit of the firm, like a 网点: not the repair itself.
    [
      '公司',
      '单位',
      '企业',
      '机构',
      '商家',
      '网点',
      '协会',
      '分行',
      '支行',
      '维修点',
      '维修站',
      '服务点',
      '服务站',
    ],
    [
      'company',
      'organization',
      'organisation',
      'org',
      'account',
      'association',
      'community',
      'hoa',
      'society',
      'branch',
    ],
  ],
  // The seller on a marketplace (卖家电话, 卖家退货地址, Seller Phone) is the shop itself: its phone and
  // return address are no customer's. A merchant (商家, 商户) may be the customer (a POS provider's).
  [['company', 'seller'], ['卖家', '卖方'], ['seller']],
  // Whom the firm buys from (供应商, Supplier name): no customer, and none of our records' fields.
  [
    ['company', 'supplier'],
    ['供应商', '供货商', '厂商'],
    ['supplier', 'vendor'],
  ],
  // A shop is a firm, and where a product was bought (店铺, 购买商场, Outlet: the after-sales 购买渠道).
  [
    ['company', 'store'],
    ['店铺', '门店', '分店', '商场', '商城', '网店', '专卖店', '经销店', '销售店', '零售店'],
    ['store', 'shop', 'outlet', 'mall', 'retailer'],
  ],
  [
    ['channel'],
    ['渠道', '来源', '途径', '平台', '媒介', '方式'],
    ['channel', 'source', 'via', 'medium', 'origin', 'platform', 'contact method', 'method'],
  ],
  [['category'], ['类别', '分类', '性质', '归类', '类'], ['category', 'classification', 'topic', 'nature']],
  // A type or a tag is a category too, but says it less squarely (Case Category before Case Type, Tags).
  [
    ['category', 'type'],
    ['类型', '种类', '型别'],
    ['type', 'kind'],
  ],
  [['category', 'tag'], ['标签'], ['tag', 'tags', 'label', 'labels']],
  // What a call or a visit is for (回访目的, Purpose) sorts it as its type does.
  [['category', 'type'], ['目的'], ['purpose']],
  [
    ['level'],
    [
      '级别',
      '等级',
      '严重程度',
      '紧急',
      '优先权',
      '优先度',
      '紧急程度',
      '优先级',
      '重要程度',
      '紧急度',
      '严重性',
      '严重度',
      '重要性',
      '程度',
      '严重',
      '加急',
    ],
    ['priority', 'severity', 'level', 'urgency', 'impact', 'grade', 'major minor'],
  ],
  [
    ['content'],
    [
      '内容',
      '描述',
      '事由',
      '详情',
      '说明',
      '情况',
      '现象',
      '症状',
      '概述',
      '概要',
      '问题',
      '简述',
      '经过',
      '过程',
      '摘要',
      '主题',
      '标题',
      '留言',
      '反馈',
      '事件经过',
      '情形',
    ],
    [
      'description',
      'describe',
      'details',
      'detail',
      'content',
      'subject',
      'problem',
      'summary',
      'message',
      'comment',
      'comments',
      'body',
      'text',
      'title',
      'what happened',
      'narrative',
      'thread',
      'transcript',
      'observation',
      'observations',
      'concern',
      'feedback',
      'query',
      'inquiry',
      'enquiry',
      'question',
    ],
  ],
  [
    ['note'],
    ['备注', '附注', '注记', '批注'],
    ['remark', 'remarks', 'note', 'notes', 'memo', 'internal note'],
  ],
  [
    ['reply'],
    ['答复', '回复', '响应', '回应', '回覆', '答覆'],
    ['reply', 'replied', 'response', 'responded', 'respond', 'answer', 'answered'],
  ],
  [['first'], ['首次', '第一次', '初次', '首'], ['first', 'initial']],
  // A first response (首响时间, 平均首响), as agents' reports shorten it.
  [['first', 'reply'], ['首响'], []],
  // A parcel's tracking number (追踪號碼, 跟踪号) is the carrier's: no phone, no follow-up, and not the
  // record's own number (two complaints about one parcel share it).
  [
    ['tracking'],
    ['追踪号码', '追踪号', '跟踪号码', '跟踪号'],
    ['tracking number', 'tracking no', 'tracking code', 'tracking id'],
  ],
  [
    ['solution'],
    ['方案', '解决方案', '对策', '措施', '处理方法', '处理办法', '整改'],
    [
      'solution',
      'remedy',
      'action taken',
      'actions taken',
      'corrective action',
      'repair action',
      'fix',
      'workaround',
    ],
  ],
  [
    ['close'],
    [
      '结案',
      '办结',
      '完结',
      '关闭',
      '关单',
      '完成',
      '解决',
      '结束',
      '完工',
      '结单',
      '销案',
      '完毕',
      '完修',
      '竣工',
      '销单',
      '归档',
    ],
    [
      'closed',
      'closing',
      'close',
      'resolved',
      'resolve',
      'solved',
      'solve',
      'completed',
      'complete',
      'completion',
      'finished',
      'done',
      'closure',
    ],
  ],
  [['result'], ['结果', '结论', '成果', '处理结果'], ['outcome', 'result', 'disposition', 'conclusion']],
  [
    ['status'],
    ['状态', '进度', '是否完结', '是否结案', '阶段', '状况'],
    ['status', 'state', 'stage', 'progress'],
  ],
  [
    ['callback'],
    // Calls the team places (外呼, 去电, 拨打, dialled) are callbacks; calls it takes (来电) are not.
    [
      '回访',
      '回电',
      '复访',
      '回拨',
      '追踪',
      '电访',
      '关怀',
      '关怀访视',
      '访视',
      '调查',
      '问卷',
      '调查表',
      '外呼',
      '去电',
      '拨打',
      '拨出',
      '致电',
    ],
    [
      'callback',
      'call back',
      'follow up',
      'followup',
      'survey',
      'outbound call',
      'follow up call',
      'dialled',
      'dialed',
      'dialer',
    ],
  ],
  [
    ['satisfaction'],
    // A form's question asking for a score is one too (On a scale of 1–5, how was your experience?).
    ['满意度', '满意', '不满意', '评价', '评分', '满意程度', '好评', '差评', '星级', '打分', '几分'],
    [
      'satisfaction',
      'satisfied',
      'csat',
      'rating',
      // A rate may be a price or a share (Hourly Rate, Close Rate): its values tell (see ./index.ts).
      'rate',
      'nps',
      'on a scale',
      'scale of',
      'how satisfied',
      'how likely',
      'how was your experience',
      'how would you rate',
    ],
  ],
  [
    ['skill'],
    // 业务 alone is a line of business (业务类型, 业务部门); its mastery (业务能力, 业务水平) is a skill.
    ['技能', '专业', '技术', '业务能力', '业务水平', '业务熟练'],
    ['skill', 'knowledge', 'competence', 'expertise'],
  ],
  // A directory of people (员工通讯录, Staff directory): a staff list when its people are the staff.
  [['directory'], ['通讯录', '通讯簿', '名录'], ['directory', 'phone list', 'contact list']],
  // Whether a member of staff still works there (人员状态, Employee Status), not an agent's presence online.
  [
    ['employment', 'status'],
    ['人员状态', '员工状态'],
    ['employee status', 'staff status'],
  ],
  [['attitude'], ['态度', '服务态度', '礼貌'], ['attitude', 'courtesy', 'friendliness', 'politeness']],
  // An opinion (意见, 回访意见) is what the customer would have done differently: a suggestion, in words.
  [['content', 'suggest'], ['意见'], []],
  [
    ['suggest'],
    ['建议', '改进意见', '改进', '改善', '需要改进', '想改善'],
    ['suggestion', 'suggestions', 'advice', 'improvement', 'improve', 'could be different', 'do better'],
  ],
  // A call answered (应答时间, 应答状态) or a use (应用) is nothing due.
  [[], ['应答', '应用'], []],
  // A reward or a penalty (奖或罚; 奖/罚 is read as 奖罚) in one column.
  [['reward'], ['奖或罚', '奖或惩'], []],
  // What was called off (取消订单数, Cancelled Orders, 作废): no deal, no case made.
  [['void'], ['取消', '作废', '撤销'], ['cancelled', 'canceled', 'cancellations', 'voided']],
  // The next call planned (下次回访, 下次联系, Next Follow-Up) is a callback not made yet; 下次 alone
  // is any next time (下次保养日期, a service), and next alone any question's (your next visit?).
  [
    ['due', 'callback'],
    ['下次回访', '下一次回访', '下次联系', '下次联络', '下次跟进', '下次跟踪'],
    ['next follow up', 'next followup', 'next callback', 'next call', 'next contact'],
  ],
  [
    ['due'],
    ['应', '计划', '预约', '预计', '预定', '排定', '截止', '期限', '到期', '约定'],
    [
      'due',
      'planned',
      'scheduled',
      'deadline',
      'target',
      'sla',
      'expected',
      // A date promised or guessed (Estimated Completion Date, Promised Completion, Completion ETA) is
      // none reached yet.
      'estimated',
      'est',
      'promised',
      'anticipated',
      'eta',
      'plan',
      'expiry',
      'expiration',
      'expires',
      'valid until',
      // A closing the system will make by itself (Auto-close date) is planned, not made.
      'auto',
    ],
  ],
  [['actual'], ['实际'], ['actual']],
  // When something happened (发生时间, 事发日期, Incident date): a ledger's date, before the day it was filed.
  [['occur'], ['发生', '事发'], ['occurred', 'occurrence']],
  [
    ['update'],
    // A case's later steps (审核, 审批, 催办) are no time it came in.
    ['更新', '修改', '变更', '最后', '最近', '上次', '上一次', '审核', '审批', '催办', '督办'],
    ['updated', 'update', 'modified', 'last', 'changed'],
  ],
  [
    ['product'],
    [
      '产品',
      '型号',
      '商品',
      '宝贝',
      '机型',
      // A car's series and model (车系, 车型), as a dealer's workshop names what it services.
      '车系',
      '车型',
      '货品',
      '设备',
      '品名',
      '物品',
      '货物',
      '品项',
      '配件',
      '规格',
      '资产',
    ],
    [
      'product',
      'model',
      'item',
      'sku',
      'goods',
      'device',
      'part',
      'article',
      'asset',
      'equipment',
      'machine',
    ],
  ],
  // A vehicle's identification number (VIN, 车架号) is its serial number.
  [
    ['serial'],
    // A machine's own number or barcode (机身编号, 整机条码, an air conditioner's 内机条码 and 室内机编号).
    [
      '序列号',
      '机身码',
      'sn码',
      '串号',
      '机身号',
      '车架号',
      '机身编号',
      '机身条码',
      '整机编号',
      '整机条码',
      '主机编号',
      '主机条码',
      '机器编号',
      '机号',
      '内机条码',
      '外机条码',
      '内机编号',
      '外机编号',
      '室内机编号',
      '室外机编号',
      '室内机条码',
      '室外机条码',
      // A registered machine's own code (电梯注册代码, 注册号): an elevator's, as its maintainer logs it.
      '注册代码',
      '注册号',
    ],
    ['serial', 'serial number', 'sn', 'imei', 'vin'],
  ],
  // A model's number is the model (ModelNo), not an identifier of the record.
  // A part number (Part No, P/N) names the model a maker sells, as a model number does, if less surely
  // than Product or Model (PART_NUMBER).
  [['product'], [], ['model no', 'model number', 'modelno', ...PART_NUMBER_PHRASES]],
  // "Time to resolve", "Time to own": the time something is due by (an SLA), not when it happened.
  [['due', 'time'], [], ['time to']],
  [
    ['purchase'],
    ['购买', '下单', '购入', '购机', '付款', '支付', '购物', '消费', '成交', '订购'],
    ['purchase', 'purchased', 'bought', 'paid', 'payment', 'sale'],
  ],
  [
    ['repair'],
    [
      '维修',
      '报修',
      '保修',
      '返修',
      '退货',
      '退换',
      '换货',
      '退款',
      // A return order (退单号, 退单原因), as shops write a refund.
      '退单',
      '售后',
      '保固',
      '维权',
      '退换货',
      '保养',
      '叫修',
      '维保',
      // Hong Kong's and Taiwan's word as much as 維修 (修理單, 修理記錄).
      '修理',
    ],
    [
      'repair',
      'return',
      'rma',
      'warranty',
      'refund',
      'exchange',
      'damage',
      'damaged',
      'breakage',
      'maintenance',
      'after sales',
      'aftersales',
      // A field-service visit (Dolibarr's Intervention, a fiche d'intervention).
      'intervention',
    ],
  ],
  // A resolution is how a case ended, and its ending: Resolution Date is when it closed.
  [['result', 'close'], [], ['resolution']],
  // A violation is a staff member's on a ledger, a neighbour's or a seller's in a complaint.
  [['reward', 'complaint'], ['违规'], ['violation', 'infraction']],
  // An appeal (诉求, as a 12345 hotline keeps them; 訴願, a customer's petition) is the complaint, and
  // so is a petition by letter or visit (信访件, 信访内容), the mainland's formal complaint.
  [['complaint'], ['诉求', '诉愿', '信访'], []],
  // How a case was handled or repaired is its solution (方式 alone is a channel: 投诉方式).
  [
    ['solution'],
    ['处理方式', '维修方式', '解决方式', '处理办法', '维修方案', '处置方式', '处置办法', '处理措施'],
    ['resolution details'],
  ],
  // A fault is what a repair is about (故障描述, 故障类别).
  [
    ['repair', 'content'],
    ['故障'],
    ['fault', 'defect', 'defective', 'malfunction', 'symptom', 'symptoms', 'failure'],
  ],
  // Who repairs: a person of the repair.
  [
    ['repair', 'person'],
    ['维修工', '修理工', '维修员', '维修师傅', '技师', '维修人员', '修理人员', '修理员', '修理师傅'],
    ['repairer', 'repairman'],
  ],
  // What a dialled call came to (Dial Results): a callback's result.
  [['callback', 'result'], [], ['dial result']],
  // Who places the calls of a call list.
  [['callback', 'person'], [], ['telecaller', 'outbound agent']],
  // Goods sent out: a time after the record's arrival, never its first time.
  [
    ['ship'],
    // A car handed back (交车) is the job sent out (出厂 is also a product's leaving its factory).
    ['出货', '发货', '寄出', '出库', '交货', '寄回', '返还', '快递', '物流', '交车'],
    ['shipped', 'ship', 'shipping', 'dispatched', 'dispatch'],
  ],
  // Who complained is the customer, and says the sheet is of complaints.
  [['customer', 'complaint'], ['投诉人', '客诉人', '申诉人', '陈情人'], ['complainant']],
  // A count is a number of things, never the things (Article Count, 件数).
  [
    ['quantity'],
    // 量 after what is counted (呼叫量, 接通量, 下单量): how many.
    ['数量', '件数', '次数', '个数', '笔数', '人数', '量'],
    ['count', 'qty', 'quantity', 'number of', 'no of', 'nr of', 'total'],
  ],
  [
    ['duration'],
    ['时长', '耗时', '用时', '时效', '时限', '小时', '超时', '逾期', '过期', '及时', '工龄', '司龄', '剩余'],
    ['duration', 'hours', 'minutes', 'min', 'mins', 'elapsed', 'age', 'remaining', 'time left'],
  ],
  [['reason'], ['原因', '理由', '缘由', '起因'], ['reason', 'cause', 'why']],
  [
    ['department'],
    // A call centre's skill group (技能组) is the team its calls are routed to, no skill rated.
    ['部门', '组别', '项目', '班组', '小组', '科室', '单位', '技能组', '组'],
    [
      'skill group',
      'department',
      'dept',
      'team',
      'group',
      'division',
      'unit',
      'project',
      'responsible department',
      'responsible dept',
      'responsible team',
    ],
  ],
  [
    ['role'],
    ['岗位', '职位', '职务', '职称', '角色', '职级', '职别', '职衔'],
    // A technician's trade (Specialty: Installation, Repair) is the post they hold. A tier is not: a
    // customer's (Gold, VIP) as often as an agent's.
    ['role', 'position', 'job', 'job title', 'job role', 'designation', 'specialty', 'speciality'],
  ],
  [
    ['join'],
    ['入职', '到职', '到岗'],
    ['hire', 'hired', 'joined', 'join', 'joining', 'date of joining', 'doj', 'start date', 'onboard'],
  ],
  // An account enabled or not (已啟用, Enabled) is whether its user still works there.
  [['employment'], ['在职', '离职', '在职状态', '人事', '启用', '停用'], ['employment', 'active', 'enabled']],
  [
    ['reward'],
    [
      '奖惩',
      '奖罚',
      '奖励',
      '处罚',
      '惩罚',
      '惩处',
      '罚则',
      '嘉奖',
      '记功',
      '记过',
      '过失',
      '违纪',
      '功过',
      '表扬',
      '表彰',
      // Hong Kong's word for a commendation (嘉許), and a customer's banner or letter of thanks (錦旗).
      '嘉许',
      '锦旗',
      '表扬信',
    ],
    [
      'reward',
      'penalty',
      'merit',
      'demerit',
      'disciplinary',
      'discipline',
      'sanction',
      'warning',
      'incentive',
      'commendation',
      'award',
      'awards',
    ],
  ],
  // An employee's recognition is a reward given, where the words say so: recognition alone is a
  // brand's, a speech engine's or revenue's (Brand recognition, Speech Recognition Result, Recognized
  // Amount).
  [
    ['reward'],
    [],
    [
      'recognitions',
      'recognition type',
      'employee recognition',
      'staff recognition',
      'recognized for',
      'recognised for',
    ],
  ],
  [['reward', 'person'], [], ['recognized by', 'recognised by']],
  [['points'], ['分值', '分数', '积分', '得分'], ['points', 'point', 'score']],
  // Points taken or given are a penalty or a reward: 扣分 says what a score does not.
  [
    ['points', 'reward'],
    ['加减分', '扣分', '加分', '扣分值', '减分', '奖惩分', '奖罚分'],
    ['deduction', 'points deducted'],
  ],
  [['money'], ['金额', '罚金', '奖金', '罚款', '款', '元'], ['amount', 'money', 'fine', 'bonus', 'sum']],
  // A price (Product_Price, 单价, 客单价) is never the product it is the price of, nor a ledger's sum.
  [['price'], ['价格', '单价', '售价', '价钱'], ['price', 'cost']],
  // A person's papers, post code and social accounts (身份证号, 邮政编码, QQ号, 微信号) are no number of a
  // record's and no phone.
  [
    ['identity'],
    // A person's sex (性别, User_Gender) is no name and none of our fields either.
    ['身份证', '证件', '护照', '邮政编码', '邮编', 'qq', '微信号', '微博', '性别'],
    [
      'gender',
      'sex',
      'passport',
      'id card',
      'national id',
      'ssn',
      'postcode',
      'postal code',
      'zip code',
      'zip',
      'wechat id',
      'qq',
    ],
  ],
  // A picture, a file or a link attached to a record (工单图片, Ticket Attachments) is none of its fields.
  // Whom a reward or a warning went to (Warning To, Receiver), as against who gave it (Warning By).
  [['person', 'recipient'], [], ['receiver', 'recipient', 'nominee', 'awardee']],
  [['reward', 'person', 'recipient'], [], ['warning to', 'warned to', 'awarded to', 'issued to', 'given to']],
  // What a system wrote about itself (error_message of a dialler's batch): words, though maybe not a
  // customer's (a SaaS ticket's pasted error is; a dialler's failed call is not: see showsItsRecord).
  [['system', 'content'], [], ['error message', 'error msg', 'error messages', 'stack trace']],
  // A client's address or software (客户端IP, 客户端版本, 浏览器, User Agent) names no one; the
  // client's contact window or contact person (客戶端窗口) is the customer.
  [['system'], ['客户端', '浏览器'], ['ip', 'ip address', 'user agent', 'browser']],
  [['customer'], ['客户端窗口', '客户端联系人'], []],
  // A signature or a sign-up (签名, 报名) holds no one's name: words of no field.
  [[], ['签名', '签字', '报名'], ['signature']],
  [
    ['attachment'],
    ['附件', '图片', '照片', '截图', '图像', '影像', '视频', '录像', '相片'],
    ['attachment', 'photo', 'image', 'picture', 'screenshot', 'url', 'link', 'video'],
  ],
  [['rule'], ['规则', '代码', '条款', '条例', '依据'], ['rule', 'code', 'policy', 'clause']],
  [['month'], ['月份', '月度', '月'], ['month', 'period']],
  [
    ['reception'],
    // Followers added on WeChat (加粉) are the customers a private-traffic agent received.
    ['接待', '咨询', '进线', '询单', '访客', '会话', '对话', '加粉'],
    ['reception', 'chats', 'conversations', 'inquiries', 'enquiries', 'sessions', 'visitors', 'calls'],
  ],
  // A group-buy formed (成团, Pinduoduo's word) is a deal closed.
  [['deal'], ['成交', '转化', '成团'], ['deals', 'conversions', 'converted', 'won']],
  // A call missed or abandoned is a customer lost to the team, never one received.
  [
    ['lost'],
    ['流失', '丢单', '未接', '漏接', '放弃'],
    ['lost', 'churn', 'missed', 'abandoned', 'unanswered', 'un answered'],
  ],
];

interface Word {
  readonly text: string;
  readonly concepts: readonly Concept[];
  /** A party named by its act with 方 (退款方, 投诉方): not when 方 begins a word of its own (方式, 方案). */
  readonly party?: boolean;
}

/** What 方 begins besides a party: 方式, 方法, 方案, 方面, 方向, 方针, 方便. */
const NOT_PARTY = /^[式法案面向针便]/;

/** What a customer does to start a record; with 人/者/人员/方 after it, the word names the customer. */
const CUSTOMER_ACTS = [
  '求助',
  '投保',
  '退货',
  '退款',
  '报修',
  '送修',
  '寄件',
  '反映',
  '来电',
  '投诉',
  '举报',
  '申诉',
  '咨询',
  '购买',
  '委托',
  '报案',
  '报障',
  '诉求',
  '来访',
  '求购',
  '报警',
  '叫修',
  // Who a callback visits or interviews (受访人, 被访者) is the customer it calls.
  '受访',
  '被访',
];

/** A customer's acts in English: who did them (Reported By, Submitted by) is the customer. */
const CUSTOMER_ACTS_EN = ['reported', 'requested', 'raised', 'submitted', 'filed', 'lodged', 'complained'];

let zhWords: Word[] | null = null;
let enPhrases: Map<string, readonly Concept[]> | null = null;
let longestEn = 1;

function lexicon(): { zh: Word[]; en: Map<string, readonly Concept[]> } {
  if (zhWords && enPhrases) return { zh: zhWords, en: enPhrases };
  const zh: Word[] = [];
  const en = new Map<string, readonly Concept[]>();
  for (const [concepts, chinese, english] of LEXICON) {
    for (const text of chinese) zh.push({ text: normalizeHeader(text), concepts });
    for (const phrase of english) {
      const words = splitWords(phrase);
      en.set(words, [...(en.get(words) ?? []), ...concepts]);
      longestEn = Math.max(longestEn, words.split(' ').length);
    }
  }
  // Whoever asks, returns, reports or is insured is the customer: 求助人员, 退货人, 投保人, 报修者;
  // in English, who reported or requested it (Reported By, Requested by); who logged or entered it
  // is staff (Logged by).
  for (const verb of CUSTOMER_ACTS)
    for (const suffix of ['人', '者', '人员', '方'])
      zh.push({ text: normalizeHeader(verb + suffix), concepts: ['customer'], party: suffix === '方' });
  for (const verb of CUSTOMER_ACTS_EN) en.set(`${verb} by`, ['customer']);
  // Longest first, so a word is read before the shorter words inside it.
  zh.sort((a, b) => b.text.length - a.text.length);
  zhWords = zh;
  enPhrases = en;
  return { zh, en };
}

/**
 * The concepts of two English words written as one (jobtitle, hiredate, phonenumber, claimid), as
 * exports name columns after their fields: a known phrase, or two known words of three letters or
 * more (a short end of SHORT_ENDS may close one: ticketid, createdat, createdby). Never a word and a
 * suffix (membership, ownership), and a name only a person's (firstname, customername; statusname is
 * a status's label, not anyone's name).
 */
function compoundOf(token: string, en: ReadonlyMap<string, readonly Concept[]>): Concept[] | null {
  if (!/^[a-z]{5,}$/.test(token)) return null;
  const known = (word: string) => en.get(word) ?? en.get(stem(word));
  for (let at = token.length - 2; at >= 3; at--) {
    const [left, right] = [token.slice(0, at), token.slice(at)];
    if (SUFFIXES.has(right) || (right.length < 3 && !SHORT_ENDS.has(right))) continue;
    const phrase = en.get(`${left} ${right}`) ?? en.get(`${stem(left)} ${stem(right)}`);
    if (phrase) return [...phrase];
    const [a, b] = [known(left), known(right)];
    if (right === 'name') {
      if (NAME_OWNERS.has(left)) return [...(b ?? [])];
      if (!a?.some((c) => PEOPLE.includes(c))) continue;
    }
    if (a && b) return [...a, ...b];
  }
  return null;
}
/** Short words that may end a compound: ticketid, orderno, createdat. */
const SHORT_ENDS = new Set(['id', 'no', 'at', 'by']);
/** Endings that make a word of a word (membership is no ship). */
const SUFFIXES = new Set(['ship', 'ships', 'ment', 'ness', 'hood', 'able', 'less', 'ful', 'ward', 'wise']);
/** Words before a name that make it a person's: first, last, full, given and family names. */
const NAME_OWNERS = new Set(['first', 'last', 'full', 'given', 'family', 'sur', 'nick']);
export const PEOPLE: readonly Concept[] = ['person', 'customer', 'staffId'];

/** An English word without a plural or possessive ending (requesters' → requester). */
function stem(word: string): string {
  const w = word.replace(/'s?$/, '');
  // Categories, Priorities, Replies: the word its plural is made from.
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

/** The concepts a header holds, each with how many times; `rest` counts what carries none. */
export interface HeaderConcepts {
  readonly concepts: ReadonlySet<Concept>;
  /** Characters (Chinese) or words (English) that carry no concept. */
  readonly rest: number;
}

const conceptCache = new Map<string, HeaderConcepts>();

/** Characters that stand for a word when a header's note holds them alone: 预(计), 计(划), 实(际). */
const ABBREVIATED: Readonly<Record<string, readonly Concept[]>> = {
  预: ['due'],
  计: ['due'],
  实: ['actual'],
};

/** A part's number names its model less surely than a header saying Product or Model. */
const PART_NUMBER: ReadonlySet<string> = new Set(PART_NUMBER_PHRASES);

/**
 * The concepts of a header, from its Chinese words (longest first) and English words or phrases.
 * @example [...conceptsOf('客訴編號').concepts] → ['complaint', 'id']; conceptsOf('requester_phone') → customer, phone
 */
export function conceptsOf(header: string): HeaderConcepts {
  const cached = conceptCache.get(header);
  if (cached) return cached;
  const { zh, en } = lexicon();
  const concepts = new Set<Concept>();
  let rest = 0;
  // A currency's sign ($ Received, 金额(¥)) is money, whatever words stand beside it.
  if (/[$¥￥€£]/.test(header)) concepts.add('money');
  // English words first (split before folding removes the spaces), then the Chinese remainder. A
  // reward or penalty written 奖/罚 is one word.
  const spaced = splitWords(header.replace(/([奖獎])\s*[/／]\s*([罚惩罰懲])/g, '$1$2'));
  const tokens = spaced.split(/[^a-z0-9\u3400-\u9fff]+/).filter((t) => t !== '');
  const chinese: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as string;
    if (!/^[a-z0-9]+$/.test(token)) {
      chinese.push(token);
      i++;
      continue;
    }
    let matched = 0;
    for (let n = Math.min(longestEn, tokens.length - i); n >= 1 && matched === 0; n--) {
      const phrase = tokens.slice(i, i + n);
      if (!phrase.every((t) => /^[a-z0-9]+$/.test(t))) continue;
      const found = en.get(phrase.join(' ')) ?? en.get(phrase.map(stem).join(' '));
      if (found) {
        for (const c of found) concepts.add(c);
        if (PART_NUMBER.has(phrase.join(' '))) rest += 0.5;
        matched = n;
      }
    }
    if (matched === 0) {
      const parts = compoundOf(token, en);
      // Words run together read a little less surely than words apart (UserFirstname beside Customer Name).
      if (parts) {
        for (const c of parts) concepts.add(c);
        rest += 0.5;
      } else if (!/^\d+$/.test(token) && !FILLER.has(token)) rest++;
      i++;
    } else i += matched;
  }
  let received = false;
  const noted = new Set(
    [...normalizeHeader(header).matchAll(/[([【]([\u3400-\u9fff])[)\]】]/g)].map((m) => m[1] as string),
  );
  for (const part of chinese) {
    const text = normalizeHeader(part);
    // A character standing alone in a bracketed note (回访日期(预), 回访时间(实)) abbreviates its word
    // (a spaced-out 合 计 is no note).
    const short = noted.has(text) ? ABBREVIATED[text] : undefined;
    if (short) {
      for (const c of short) concepts.add(c);
      continue;
    }
    let before: readonly Concept[] = [];
    /** Where the last word read ended. */
    let wordEnd = -1;
    for (let i = 0; i < text.length; ) {
      const word = zh.find(
        (w) => text.startsWith(w.text, i) && !(w.party && NOT_PARTY.test(text.slice(i + w.text.length))),
      );
      if (word) {
        if (RECEIVING.has(word.text)) received = true;
        for (const c of inContext(word, before, i === 0)) concepts.add(c);
        before = word.concepts;
        i += word.text.length;
        wordEnd = i;
      } else {
        const neutral = ZH_QUALIFIERS.find((q) => text.startsWith(q, i));
        if (neutral) {
          i += neutral.length;
          continue;
        }
        // 数 closing the header right after a word counted (订单数, 咨询数, 回复数) is how many of it;
        // 指数, 系数, 参数 count nothing.
        if (text[i] === '数' && i === text.length - 1 && i === wordEnd && before.length > 0)
          concepts.add('quantity');
        else if (!ZH_FILLER.has(text[i] as string)) rest++;
        i++;
      }
    }
  }
  // An English event word alone is its time: Created, Resolved, Last Updated (not Created by,
  // not Received via); so is a Chinese one followed by 于, "at" (新增於, 结案于), which then says no more.
  const at = chinese.some((t) => /于$/.test(normalizeHeader(t)));
  if (
    !concepts.has('time') &&
    EVENTS.some((c) => concepts.has(c)) &&
    [...concepts].every((c) => EVENTS.includes(c) || EVENT_COMPANIONS.includes(c)) &&
    (tokens.some((t) => PARTICIPLE.test(t)) || at)
  ) {
    concepts.add('time');
    if (at) rest = Math.max(0, rest - 1);
  }
  // Who received a case took it in (接收投诉员工, 接到人), as Received by says in English.
  if (received && concepts.has('person') && !concepts.has('customer')) {
    concepts.delete('create');
    concepts.add('accept');
  }
  // Someone's note (客服备注, Agent Notes, 审核人备注) is a note, never the person who wrote it.
  if (concepts.has('note') && concepts.has('person')) concepts.delete('person');
  // A suggestion for next time (您对下次服务有什么建议, improve your next visit) plans nothing; a planned
  // time suggested (预约回访建议时间) stays planned.
  if (concepts.has('suggest') && /下次|下一次|\bnext\b/i.test(header)) concepts.delete('due');
  // A phone named with its model or serial (手机型号, 手機串號, Phone Model, Mobile IMEI) is the
  // product serviced, not a number to call; a person's phone beside a product stays a phone
  // (设备联系人电话, Equipment Contact Phone, 商品收货人电话).
  if (
    concepts.has('phone') &&
    (concepts.has('product') || concepts.has('serial')) &&
    (!(concepts.has('customer') || concepts.has('person')) ||
      // 客户手机型号, Customer Phone Model: the customer's phone, the product serviced.
      /(型号|型號|串号|串號|序列号|序號|机型|機型|imei|model|serial|sn)\s*$/i.test(header))
  )
    concepts.delete('phone');
  // What an action was taken for (Action taken for, Disciplined for, Awarded for) is its reason.
  // Whom a request was for (Requested for) stays a person: only an action's or a sanction's.
  if (/\b[a-z]+\s+for\s*$/i.test(header) && (concepts.has('result') || concepts.has('reward'))) {
    const reward = concepts.has('reward');
    concepts.clear();
    concepts.add('reason');
    if (reward) concepts.add('reward');
  }
  // First and Last alone are the two halves of a person's name.
  if (/^\s*(first|last)\s*$/i.test(header)) {
    concepts.clear();
    concepts.add('name');
  }
  // A lone # numbers the record (Zammad, Redmine: #); after a noun it is that thing's number (RMA #,
  // Order #), before "of" a count (# of Case Owner Changes).
  if (concepts.size === 0 && /^\s*(#|no\.?|№)\s*$/i.test(header)) concepts.add('id');
  else if (/\S\s*[#№]\s*$/.test(header)) {
    // Contact # and Cell # are phone numbers; a record's # its number (RMA #, Order #, Ticket #);
    // anything else's # (Room #, Tracking #) is no number of ours.
    if (/\b(contact|cell|mobile|tel|phone)\s*[#№]\s*$/i.test(header)) {
      concepts.clear();
      concepts.add('phone');
    } else if (NUMBERED.some((c) => concepts.has(c)) && !concepts.has('serial')) concepts.add('id');
  } else if (/^\s*#\s*of\b/i.test(header)) concepts.add('quantity');
  const result = { concepts, rest };
  if (conceptCache.size > 5_000) conceptCache.clear();
  conceptCache.set(header, result);
  return result;
}

/**
 * The concepts a word carries where it stands: 序号, 号码 and 项目 say what they number or itemise
 * from the word before them.
 */
function inContext(
  word: { readonly text: string; readonly concepts: readonly Concept[] },
  before: readonly Concept[],
  first: boolean,
): readonly Concept[] {
  // 序号 after what it numbers (出厂序号, 马达序号) is a serial number, not the row's.
  if (word.text === '序号' && !first) return ['serial'];
  // 号码 after a record (工单号码, 訂單號碼, 身份证号码) is its number, not a phone's; after a parcel
  // (快递号码) its tracking number, none of ours.
  if (word.text === '号码' && before.some((c) => NUMBERED_BY_HAOMA.includes(c)))
    return before.some((c) => c === 'ship' || c === 'tracking') ? ['tracking'] : ['id'];
  // 项目 after a reward or points (奖惩项目, 积分项目, 扣分项目) is the item a rule names, not a project.
  if (word.text === '项目' && before.some((c) => c === 'reward' || c === 'points')) return ['rule'];
  return word.concepts;
}

/**
 * What 号码 after it numbers (工单号码, 订单号码, 身份证号码): a record, never a person (客户号码 is a
 * phone), nor a complaint or a repair request, which a telecom names by the line that made it (投诉号码).
 */
const NUMBERED_BY_HAOMA: readonly Concept[] = [
  'case',
  'order',
  'identity',
  'ship',
  'tracking',
  'product',
  'serial',
];

/** The records whose number a trailing # names (RMA #, Order #, Ticket #, Complaint #). */
const NUMBERED: readonly Concept[] = ['case', 'order', 'repair', 'complaint', 'callback'];

/** Words of receiving: a time of arrival, but with a person, whoever took the case in. */
const RECEIVING: ReadonlySet<string> = new Set(['收到', '接收', '接到', '接诉'].map(normalizeHeader));

/** Concepts of an event, whose English participle alone names the time it happened. */
const EVENTS: readonly Concept[] = ['create', 'close', 'update', 'accept', 'reply', 'purchase', 'join'];
const PARTICIPLE = /^[a-z]{3,}(ed|en)$/;
/** Concepts that may stand beside an event word that still names its time (First Replied, Case Closed). */
const EVENT_COMPANIONS: readonly Concept[] = [
  'first',
  'case',
  'complaint',
  'repair',
  'order',
  'callback',
  'actual',
];

/** English words that say nothing about a field (of, the, your, please…). */
const FILLER = new Set([
  'the',
  'a',
  'an',
  'of',
  'your',
  'you',
  'our',
  'for',
  'to',
  'in',
  'is',
  'was',
  'and',
  'or',
  'please',
  'enter',
  'provide',
  'what',
  'which',
  'if',
  'any',
  'this',
  'that',
  'with',
  'from',
  'us',
  'do',
  'did',
  'have',
  'has',
  'how',
  'would',
  'like',
  'my',
  'we',
  'it',
  'its',
  'be',
  'are',
  'optional',
  'required',
]);
/** Chinese words that only tie a header to its record (所属部门 is the 部门, 相关单号 the 单号). */
const ZH_QUALIFIERS: readonly string[] = ['所属', '所屬', '相关', '相關', '对应', '對應'];
/** Chinese characters that say nothing about a field (的, 您, 请…). */
const ZH_FILLER = new Set([...'的您你请是否为及与和或之其贵我们所有哪些什么吗呢填写输入选择一下']);

/** One way a field is written: every concept in `all`, none of the field's `none`. */
interface Recipe {
  readonly all: readonly Concept[];
  /** Concepts that rule this recipe out, though not the field's others. */
  readonly not?: readonly Concept[];
}

export interface FieldConcepts {
  readonly recipes: readonly Recipe[];
  /** Concepts that say a header is some other field. */
  readonly none: readonly Concept[];
}

const r = (...all: Concept[]): Recipe => ({ all });
/** A recipe that a header holding any of `not` does not fit. */
const rWithout = (all: readonly Concept[], not: readonly Concept[]): Recipe => ({ all, not });

const CUSTOMER_NAME: FieldConcepts = {
  recipes: [r('customer', 'name'), r('customer'), r('name')],
  // 回访客户 is the customer called back; 回访人 is no customer (a person).
  none: [
    'person',
    'accused',
    'phone',
    'email',
    'address',
    'id',
    'product',
    'department',
    'handle',
    'accept',
    'company',
    'seller',
    'staffId',
    'role',
    'time',
    'category',
    'content',
    // An SLA's or a plan's name (SLA Name) is no customer's.
    'due',
    // What a customer thought or what state the case is in (Customer Satisfaction, 客户状态, 客户态度) is no name.
    'satisfaction',
    'attitude',
    'status',
    'suggest',
    // A client's IP or browser (客户端IP) is the software's, not the customer's.
    'system',
  ],
};
// The customer's own number (诉求人号码, Customer Phone) before one kept for a callback (回访号码).
const PHONE: FieldConcepts = {
  recipes: [r('customer', 'phone'), r('phone')],
  none: ['email', 'person', 'handle', 'time', 'seller'],
};
const NOT_TIME: Concept[] = ['due', 'update', 'ship'];

/**
 * Each field by its concepts, per kind. The field keys are those of ../schema.ts (a test checks
 * every key exists there).
 */
export const FIELD_CONCEPTS: Readonly<Partial<Record<SheetKind, Readonly<Record<string, FieldConcepts>>>>> = {
  complaints: {
    投诉编号: {
      recipes: [r('complaint', 'id'), r('case', 'id'), r('case'), r('id')],
      none: [
        'order',
        'product',
        'serial',
        'phone',
        'customer',
        'person',
        'staffId',
        'rowNumber',
        'callback',
        'email',
        'department',
      ],
    },
    投诉时间: {
      recipes: [r('complaint', 'time'), r('create', 'time'), r('accept', 'time'), r('time')],
      none: [
        ...NOT_TIME,
        'reply',
        'solution',
        'close',
        'callback',
        'purchase',
        'handle',
        'first',
        'person',
        'join',
      ],
    },
    客户姓名: CUSTOMER_NAME,
    联系电话: PHONE,
    // How a case was answered or handled (回复方式, 处理方式) is no way it came in.
    投诉渠道: {
      recipes: [r('channel')],
      none: ['purchase', 'callback', 'phone', 'reply', 'handle', 'solution'],
    },
    投诉类别: {
      recipes: [r('complaint', 'category'), r('category'), r('complaint', 'reason')],
      none: ['callback', 'product', 'level', 'channel', 'customer'],
    },
    级别: { recipes: [r('level')], none: ['satisfaction'] },
    投诉内容: {
      // What the customer said or raised (客户反映情况, Consumer complaint narrative) is the complaint.
      recipes: [
        r('complaint', 'content'),
        r('customer', 'complaint', 'content'),
        r('customer', 'create', 'content'),
        r('customer', 'content'),
        // What was taken in (受理内容) is what the customer raised.
        r('accept', 'content'),
        r('content'),
        r('complaint'),
      ],
      none: [
        'callback',
        'solution',
        'result',
        'reply',
        'handle',
        'note',
        'suggest',
        'close',
        'time',
        'category',
        'person',
        'status',
        'level',
        'id',
        'satisfaction',
      ],
    },
    被投诉人: { recipes: [r('accused')], none: [] },
    受理人: {
      recipes: [r('accept', 'person'), r('handle', 'person'), r('person')],
      none: [
        'customer',
        'accused',
        'callback',
        'phone',
        'staffId',
        'department',
        'time',
        'close',
        'create',
        'role',
      ],
    },
    首次答复时间: {
      recipes: [r('first', 'reply', 'time'), r('reply', 'time'), r('first', 'reply')],
      none: ['due', 'callback', 'person'],
    },
    方案时间: {
      recipes: [r('solution', 'time'), r('handle', 'time')],
      none: ['due', 'callback', 'person', 'close'],
    },
    // The first of several closings (工单首次完结时间) is not the case's: its last one is.
    结案时间: { recipes: [r('close', 'time')], none: ['due', 'callback', 'person', 'first'] },
    处理结果: {
      recipes: [
        r('handle', 'result'),
        r('result'),
        r('solution'),
        r('handle', 'content'),
        // What the customer was last told (最新回复内容) is where the case stands.
        r('reply', 'content'),
        // The handler's remarks (处理备注) say how it ended, as the closing's words do (结案说明).
        r('handle', 'note'),
        r('close', 'content'),
      ],
      none: ['time', 'callback', 'status', 'satisfaction', 'person'],
    },
    处理状态: {
      recipes: [r('handle', 'status'), r('status'), r('close', 'status')],
      none: ['callback', 'employment', 'time'],
    },
    回访时间: { recipes: [r('callback', 'time')], none: ['due', 'person'] },
    回访满意度: { recipes: [r('callback', 'satisfaction'), r('satisfaction')], none: ['skill', 'attitude'] },
  },
  registration: {
    登记日期: {
      // When the refund or repair was asked for (退款的申请时间, Return Request Date) opened the case.
      recipes: [
        r('repair', 'create', 'time'),
        r('create', 'time'),
        r('repair', 'time'),
        r('accept', 'time'),
        r('time'),
      ],
      none: [...NOT_TIME, 'purchase', 'close', 'solution', 'callback', 'reply', 'order', 'person', 'join'],
    },
    客户姓名: CUSTOMER_NAME,
    客户电话: PHONE,
    客户地址: { recipes: [r('address')], none: ['email', 'purchase', 'seller'] },
    单号: {
      // The after-sales record's own number (退款编号, RMA #, 售后单号) before the order it refers to.
      recipes: [r('repair', 'id'), r('case', 'id'), r('order', 'id'), r('case'), r('order'), r('id')],
      none: ['product', 'serial', 'person', 'phone', 'customer', 'rowNumber', 'staffId', 'time'],
    },
    产品型号: {
      recipes: [r('product', 'name'), r('product')],
      none: ['serial', 'time', 'id', 'category', 'purchase', 'price'],
    },
    产品序列号: { recipes: [r('serial'), r('product', 'serial')], none: [] },
    购买日期: { recipes: [r('purchase', 'time'), r('order', 'time')], none: ['due'] },
    购买渠道: {
      // Where it was bought (Purchase Location, 购买地点) is the channel.
      recipes: [
        r('purchase', 'channel'),
        r('channel'),
        r('purchase', 'store'),
        r('store'),
        r('purchase', 'address'),
      ],
      none: [],
    },
    问题分类: {
      recipes: [r('content', 'category'), r('repair', 'category'), r('category')],
      none: ['product', 'callback', 'level'],
    },
    问题描述: {
      recipes: [
        r('repair', 'content'),
        r('repair', 'reason'),
        r('customer', 'create', 'content'),
        r('customer', 'content'),
        r('content'),
        r('reason'),
      ],
      none: [
        'solution',
        'result',
        'callback',
        'note',
        'handle',
        'time',
        'person',
        'status',
        'category',
        'close',
        'satisfaction',
      ],
    },
    登记人: {
      recipes: [r('create', 'person'), r('accept', 'person'), r('person')],
      none: ['customer', 'handle', 'close', 'callback', 'staffId', 'department', 'time', 'role', 'update'],
    },
    // What was done: the solution, or how the case was handled (处理过程, 商家处理说明).
    解决方案: {
      // What the closing says (完工描述, 完工情况) is what was done.
      recipes: [
        r('solution'),
        r('handle', 'solution'),
        r('handle', 'content'),
        r('reply', 'content'),
        r('close', 'content'),
      ],
      none: ['time', 'person', 'status'],
    },
    解决人: {
      recipes: [r('handle', 'person'), r('close', 'person'), r('repair', 'person')],
      none: ['customer', 'time'],
    },
    // When it was done: closed or handled; else when the repaired goods went back (Shipped date,
    // 交貨日期) or the service answered (Response Date).
    解决日期: {
      // A repair's time (维修时间) beside the day the case came in (退货时间, 报修日期) is when it was done.
      recipes: [
        r('close', 'time'),
        r('handle', 'time'),
        r('ship', 'time'),
        r('reply', 'time'),
        r('repair', 'time'),
      ],
      none: ['due', 'person', 'purchase'],
    },
    处理结果: {
      recipes: [
        r('repair', 'status'),
        r('handle', 'status'),
        r('status'),
        r('handle', 'result'),
        r('result'),
      ],
      // A payment's or an order's status (支付状态, 订单状态) is the order's, not where the case stands.
      none: ['time', 'employment', 'purchase', 'order'],
    },
    满意度: { recipes: [r('satisfaction')], none: [] },
  },
  callbacks: {
    关联编号: {
      // The case the callback follows: a ticket, a complaint, an order or a repair (RMA Number, 维修单号).
      recipes: [
        r('case', 'id'),
        r('complaint', 'id'),
        r('order', 'id'),
        r('repair', 'id'),
        r('case'),
        r('id'),
      ],
      none: ['person', 'phone', 'customer', 'rowNumber', 'staffId', 'time'],
    },
    客户姓名: CUSTOMER_NAME,
    联系电话: PHONE,
    // Why a customer is called back (回访原因) is the kind of callback.
    回访类型: {
      recipes: [r('callback', 'category'), r('category'), r('callback', 'reason')],
      none: ['satisfaction'],
    },
    // A call planned (預定撥打, Scheduled callback) is due then, its header naming a time or not.
    // Who calls next, how, and what to say (下次回访人, 下次回访方式, 下次回访内容) is no date.
    应回访日期: {
      recipes: [r('due', 'callback', 'time'), r('due', 'time'), r('due', 'callback')],
      none: ['content', 'note', 'person', 'name', 'channel', 'result'],
    },
    实际回访时间: {
      recipes: [
        r('actual', 'callback', 'time'),
        r('callback', 'time'),
        r('actual', 'time'),
        // A survey's own time: when the answers were given (a form's Timestamp, 评价时间).
        r('satisfaction', 'time'),
        r('create', 'time'),
      ],
      none: ['due', 'person'],
    },
    // Who makes the next call (下次回访人, Next Follow Up By) makes the calls.
    回访人: {
      recipes: [r('callback', 'person'), r('due', 'callback', 'person'), r('person')],
      none: ['customer', 'staffId', 'time'],
    },
    回访内容: {
      // A callback's own note (回訪備註) is what the call found, before any other column's result.
      recipes: [
        r('callback', 'content'),
        r('callback', 'result'),
        r('callback', 'note'),
        r('content'),
        r('result'),
      ],
      none: ['suggest', 'time', 'person', 'satisfaction', 'category'],
    },
    技能满意度: { recipes: [r('skill', 'satisfaction'), r('skill')], none: [] },
    // How the service was, not how the product is (your overall satisfaction with our product).
    服务态度满意度: {
      recipes: [r('attitude', 'satisfaction'), r('attitude'), r('satisfaction')],
      none: ['skill', 'product'],
    },
    建议: { recipes: [r('suggest')], none: [] },
  },
  roster: {
    姓名: {
      // A firm's name (公司名称, Company name) is no one on the staff; nor is whoever created, changed
      // or handled a record (创建人, 修改人, 处理人): a list of them is a log of records.
      recipes: [r('person', 'name'), r('name'), r('person')],
      none: [
        'customer',
        'company',
        'department',
        'role',
        'id',
        'staffId',
        'phone',
        'email',
        'create',
        'update',
        'handle',
        'accept',
        'case',
      ],
    },
    岗位: { recipes: [r('role')], none: [] },
    状态: { recipes: [r('employment', 'status'), r('employment'), r('status')], none: [] },
    入职日期: { recipes: [r('join', 'time'), r('join')], none: [] },
  },
  ledger: {
    日期: {
      recipes: [r('reward', 'time'), r('occur', 'time'), r('create', 'time'), r('time')],
      none: ['join', 'due', 'update', 'month'],
    },
    // Where a member of staff works, by whatever unit the firm keeps (單位, 部室/网点, a branch), not a
    // firm's name (公司名称), a customer's (客户单位) nor the body that punished (实施处罚机构).
    // A unit's name (部門名稱, Department Name) is the unit.
    部门: {
      recipes: [
        r('department'),
        r('department', 'name'),
        rWithout(['company'], ['reward', 'name', 'customer']),
      ],
      none: [],
    },
    姓名: {
      // The person a reward or penalty is for (奖惩对象); a reward's own name (Violation Name) is no one's.
      // Whom it was given to (Warning To, Receiver) before whoever gave it (Warning By, Nominated By).
      recipes: [
        r('reward', 'person', 'recipient'),
        r('person', 'recipient'),
        r('person', 'name'),
        r('name'),
        r('person'),
        r('reward', 'person'),
      ],
      none: ['customer', 'company', 'department', 'role', 'staffId', 'phone', 'rule', 'reward'],
    },
    规则代码: { recipes: [r('rule', 'id'), r('reward', 'rule'), r('rule')], none: [] },
    // What a reward or penalty is called says why it was given (奖惩名称, Violation Name).
    奖惩事由: {
      recipes: [
        r('reward', 'reason'),
        r('reward', 'content'),
        r('reward', 'name'),
        r('reason'),
        r('content'),
      ],
      none: ['note', 'money'],
    },
    // The kind of reward or penalty, never who gave or got it (Warning By, 奖励人).
    奖惩方式: {
      // In a register of sanctions, the action taken (Action taken) is the sanction; an approval's or
      // an appeal's result (审批结果, 申诉结果) is not.
      recipes: [r('reward', 'category'), r('reward', 'result'), r('reward'), r('handle', 'result')],
      none: ['reason', 'content', 'points', 'money', 'rule', 'time', 'person'],
    },
    // This month's points (本月积分, 本月扣分) are the row's; a running total (当前积分) says less.
    分值: { recipes: [r('points'), r('reward', 'points'), r('month', 'points')], none: ['money'] },
    金额: { recipes: [r('money'), r('reward', 'money'), r('month', 'money')], none: [] },
    状态: { recipes: [r('status')], none: [] },
    说明: { recipes: [r('note')], none: [] },
  },
  presales: {
    // A date column holding months (2026-08) is the month.
    月份: { recipes: [r('month'), r('time')], none: [] },
    姓名: {
      recipes: [r('person', 'name'), r('name'), r('person')],
      none: ['customer', 'company', 'department'],
    },
    // Calls an agent answered (Total Calls Answered, answered, 已回复) are the customers received.
    // A first reply (平均首响) is a time, not customers received.
    接待人数: {
      recipes: [r('reception'), r('reception', 'reply'), r('reply')],
      none: ['deal', 'lost', 'first'],
    },
    // A count of sales (SALE, Sales) is the deals closed; a sale's date is no count.
    // Orders an agent took (订单数, 付款订单数) are deals closed.
    // A sum (订单金额), a refund (退款订单数), a cancellation (取消订单数) or orders rated low (评分≤3
    // 订单数) are no deals.
    成交笔数: {
      recipes: [r('deal'), r('purchase'), r('order', 'quantity')],
      none: ['lost', 'time', 'money', 'repair', 'void', 'satisfaction'],
    },
    流失单数: { recipes: [r('lost'), r('lost', 'reception')], none: [] },
  },
};

/** Concepts that on their own say which kind a sheet is (a phone or a name says nothing). */
const TELLING = new Set<Concept>([
  'complaint',
  'accused',
  'callback',
  'repair',
  'reward',
  'serial',
  'purchase',
  'reply',
  'solution',
  'level',
  'satisfaction',
  'role',
  'join',
  'reception',
  'deal',
  'lost',
  'month',
  'rule',
  'points',
  'money',
  'skill',
  'attitude',
  'suggest',
  'close',
  'accept',
  'employment',
]);

/** The record each kind keeps, by the concepts that name it. */
export const ENTITIES: Readonly<Partial<Record<SheetKind, readonly Concept[]>>> = {
  // A call the customer placed is how a complaint or an after-sales case arrives (来电号码, 来电时间):
  // its words take nothing from a reading.
  complaints: ['complaint', 'case', 'inbound'],
  registration: ['repair', 'case', 'inbound'],
  // A hotline calls back whoever called in (来电号码 on a callback log).
  callbacks: ['callback', 'inbound'],
  // A ledger keeps incidents (事件日期 is its date), and points kept as a ledger (积分时间, 积分理由)
  // are its rewards and penalties.
  ledger: ['reward', 'case', 'points'],
  // A staff list keeps people: 员工状态 and Employee Status are the status of its record.
  roster: ['person'],
  // An agent's figures are counts (Total Calls Answered, 接待人数): how many says nothing more.
  presales: ['quantity'],
};

/** How a field reads a header: the share of the header its best recipe explains, and whether that tells the kind. */
export interface Fit {
  /** 0 (not this field) to 1 (every word of the header is this field's). */
  readonly fit: number;
  /** The recipe holds a telling concept: evidence for the kind, not only for the column. */
  readonly telling: boolean;
  /** Which of the field's recipes read it (0: the first, the field's most proper wording). */
  readonly rank: number;
  /** How many of the header's concepts the recipe names: of two equal fits, the fuller reading wins. */
  readonly named: number;
}

const NO_FIT: Fit = { fit: 0, telling: false, rank: 0, named: 0 };

/**
 * Words Taiwan, Hong Kong and Macau use otherwise than the mainland, read as a header written in
 * Traditional script means them: 職稱 is a post there (客服主管, 園長), where 职称 on the mainland is a
 * professional grade (高级工程师) beside the post (职务). Each is read as a listed name is, ahead of
 * the kind's other aliases (see REGIONAL_PRIORITY in ./index.ts).
 */
export const TRADITIONAL_USAGE: ReadonlyMap<string, Partial<Record<SheetKind, string>>> = new Map([
  ['职称', { roster: '岗位' }],
]);

/** Words of a case resolved rather than closed (Resolved time, Resolution date, 解决时间). */
export const RESOLVING = /解决|resol|solved/;

/** Concepts that make a header none of a record's fields: an attachment, a person's papers or accounts, a supplier. */
export const NO_FIELD: readonly Concept[] = ['attachment', 'identity', 'supplier', 'tracking'];

/** How well a field's concepts read a header (fit 0: not at all). */
export function conceptFit(header: HeaderConcepts, field: FieldConcepts, kind?: SheetKind): Fit {
  const { concepts, rest } = header;
  if (concepts.size === 0 || NO_FIELD.some((c) => concepts.has(c))) return NO_FIT;
  // The record a kind keeps (the ticket, the complaint) may be named in any of its headers
  // (Ticket Category, 投诉内容): its words take nothing from the fit.
  const entity = kind ? (ENTITIES[kind] ?? []) : [];
  let best = NO_FIT;
  for (const [rank, recipe] of field.recipes.entries()) {
    if (!recipe.all.every((c) => concepts.has(c))) continue;
    if (recipe.not?.some((c) => concepts.has(c))) continue;
    // A concept that rules the field out does, unless the recipe itself names it.
    if (field.none.some((c) => concepts.has(c) && !recipe.all.includes(c))) continue;
    const spare = entity.filter((c) => concepts.has(c) && !recipe.all.includes(c)).length;
    const fit = recipe.all.length / (concepts.size - spare + Math.min(rest, 4) * 0.25);
    if (fit > best.fit)
      best = { fit, telling: recipe.all.some((c) => TELLING.has(c)), rank, named: recipe.all.length };
  }
  return best;
}

/** The concepts only one kind's fields hold: a header with another kind's and none of this one's is not evidence for it. */
const KIND_CONCEPTS: Readonly<Partial<Record<SheetKind, readonly Concept[]>>> = {
  complaints: ['complaint', 'accused'],
  registration: ['repair', 'serial', 'purchase'],
  callbacks: ['callback', 'skill', 'attitude', 'suggest'],
  ledger: ['reward', 'points', 'money', 'rule'],
  roster: ['join', 'employment', 'role'],
  presales: ['reception', 'deal', 'lost'],
};

/** True when a header holds one of the concepts only this kind's fields hold (complaint, callback…). */
export function ownConcept(kind: SheetKind, header: HeaderConcepts): boolean {
  return (KIND_CONCEPTS[kind] ?? []).some((c) => header.concepts.has(c));
}

/**
 * True when a header speaks of another kind and not of this one (Complaint ID on an after-sales
 * log, 回访时间 on a ledger): it may still name a column, but it says nothing for this kind.
 */
export function foreignTo(kind: SheetKind, header: HeaderConcepts): boolean {
  if (ownConcept(kind, header)) return false;
  return Object.entries(KIND_CONCEPTS).some(
    ([other, concepts]) => other !== kind && (concepts ?? []).some((c) => header.concepts.has(c)),
  );
}

/** The concepts a staff list's name may hold besides its people: a team, a role, a date. */
const STAFF_LIST: readonly Concept[] = [
  'person',
  'department',
  'role',
  'employment',
  'time',
  'month',
  'directory',
];
/** The words that name staff in a sheet's name, in English and (folded) Chinese: Agents, 客服, 坐席人员. */
const STAFF_NAME =
  /\b(staff|agents?|employees?|team|roster|personnel|workers?)\b|客服|坐席|员工|职员|教职工|人员|店员|技师/i;

/** The kinds a sheet's name speaks of by its concepts (Complaints, 客訴紀錄, RMA log, 獎懲). */
/** English words for a collection of rows in a sheet's name: a list, records, a register, details. */
const COLLECTION_WORDS =
  /\b(lists?|records?|register|registry|details|data|info|information|database|export)\b/gi;

export function kindsInName(name: string): SheetKind[] {
  const { concepts, rest } = conceptsOf(name);
  const kinds: SheetKind[] = [];
  // Returns to a supplier (Vendor returns, 供应商退货) are the firm's own, not its customers'.
  if (concepts.has('supplier')) return kinds;
  if (concepts.has('complaint')) kinds.push('complaints');
  if (concepts.has('callback')) kinds.push('callbacks');
  if (concepts.has('repair')) kinds.push('registration');
  if (concepts.has('reward')) kinds.push('ledger');
  // Customers' ratings and nothing else (satisfaction_ratings, CSAT, Customer Satisfaction) name a
  // survey of them, which a team keeps as its callbacks.
  if (
    rest === 0 &&
    concepts.has('satisfaction') &&
    !kinds.includes('callbacks') &&
    [...concepts].every((c) => c === 'satisfaction' || c === 'customer')
  )
    kinds.push('callbacks');
  // A name of staff and nothing else (Agents, Staff, Team members, Employees 2026) names a staff list;
  // Members alone may be a club's, and a word it does not know (Staff schedule, Agent performance)
  // makes it something else about staff.
  // A word for a collection (Staff List, Employee Records, Agent details) says how it is kept, not what.
  const collection = (name.match(COLLECTION_WORDS) ?? []).length;
  if (
    rest - collection <= 0 &&
    (STAFF_NAME.test(name) || STAFF_NAME.test(normalizeHeader(name))) &&
    concepts.has('person') &&
    [...concepts].every((c) => STAFF_LIST.includes(c))
  )
    kinds.push('roster');
  return kinds;
}
