import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { maskPhone } from '../../src/domain/phone/phone';
import { readHeader, recogniseSheet } from '../../src/domain/recognise';
import { conceptsOf } from '../../src/domain/recognise/concepts';
import { looksLikeMaskedPhone, profileColumn } from '../../src/domain/recognise/values';
import { SHEETS } from '../../src/domain/sheets/schema';
import { normalizeHeader } from '../../src/domain/text';

/** The kind a sheet is read as, or undefined when it is left unread. */
const kindOf = (name: string, rows: (string | number)[][]) => recogniseSheet(name, rows).layout?.kind;
/** The field a sheet's column is read as, or null. */
const fieldOf = (name: string, rows: (string | number)[][], header: string) =>
  recogniseSheet(name, rows).layout?.columnInfo.find((c) => c.header === header)?.field ?? null;

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

describe('normalizeHeader', () => {
  it.each([
    ['客户电话', '客户电话'],
    [' 客户 电话 ', '客户电话'],
    ['客户电话：', '客户电话'],
    ['客户电话:', '客户电话'],
    ['名称／型号', '名称/型号'],
    ['（备注）', '(备注)'],
    ['Phone', 'phone'],
    ['客户姓名*', '客户姓名'],
  ])('normalises %j', (input, expected) => {
    expect(normalizeHeader(input)).toBe(expected);
  });
});

describe('recogniseSheet', () => {
  it('finds the header below a title row, with aliases and columns in any order', () => {
    const rows = [
      ['售后服务登记表', '', '', ''],
      ['联系方式', '客户名称：', '名称／型号', '日期', '故障/原因', '记录员', '自己的列'],
      ['13812345678', '张三', 'KF-1', '2026-10-01', '坏了', '马丽', 'x'],
    ];
    const layout = recogniseSheet('Sheet1', rows).layout;
    expect(layout?.kind).toBe('registration');
    expect(layout?.headerRow).toBe(2);
    expect(layout?.columns).toEqual({
      客户电话: 0,
      客户姓名: 1,
      产品型号: 2,
      登记日期: 3,
      问题描述: 4,
      登记人: 5,
    });
    expect(layout?.missingRequired).toEqual([]);
  });

  it('recognises a sheet by its name even without a header yet', () => {
    const layout = recogniseSheet('投诉登记', []).layout;
    expect(layout).toMatchObject({ kind: 'complaints', headerRow: null, source: 'name' });
    expect(layout?.missingRequired).toContain('投诉时间');
  });

  it('recognises a form title used as the sheet name', () => {
    expect(recogniseSheet('每月奖罚登记表', [['日期', '姓名', '代码']]).layout?.kind).toBe('ledger');
  });

  it('names the required columns that are missing', () => {
    const layout = recogniseSheet('Sheet1', [['日期', '姓名', '规则代码', '分值', '金额']]).layout;
    expect(layout?.kind).toBe('ledger');
    expect(layout?.missingRequired).toEqual([]);
    const noDate = recogniseSheet('Sheet2', [['姓名', '规则代码', '分值', '金额', '说明']]).layout;
    expect(noDate?.kind).toBe('ledger');
    expect(noDate?.missingRequired).toEqual(['日期']);
  });

  it('prefers the exact canonical header over an alias of the same field', () => {
    const layout = recogniseSheet('售后登记', [
      ['日期', '登记日期', '客户姓名', '客户电话', '产品型号', '问题描述', '登记人'],
    ]).layout;
    expect(layout?.columns['登记日期']).toBe(1);
  });

  it('tells the roster from the ledger though both have 姓名 and 状态', () => {
    expect(recogniseSheet('A', [['姓名', '岗位', '状态', '入职日期']]).layout?.kind).toBe('roster');
    expect(recogniseSheet('B', [['日期', '姓名', '规则代码', '分值', '状态']]).layout?.kind).toBe('ledger');
  });

  it('recognises English headers', () => {
    const layout = recogniseSheet('Cases', [
      ['Registered', 'Customer', 'Phone', 'Model', 'Problem', 'Registered by'],
    ]).layout;
    expect(layout?.kind).toBe('registration');
  });

  it('takes a sheet named for a kind once its required fields are read, by meaning too', () => {
    const rows = [
      ['序号', '姓名', '手机号码', '跟进人'],
      [1, '唐先生', '13900005555', '陈静'],
    ];
    const layout = recogniseSheet('回访清单', rows).layout;
    expect(layout?.kind).toBe('callbacks');
    expect(layout?.columns).toMatchObject({ 客户姓名: 1, 联系电话: 2, 回访人: 3 });
    // The same columns under a neutral name say no more than any phone list.
    expect(recogniseSheet('Sheet1', rows).layout).toBeUndefined();
  });

  // Every data kind's own headers, as a Taiwanese team (OpenCC's Taiwan form) or an English one writes them.
  it.each(
    SHEETS.filter((s) => s.role === 'data').flatMap((spec) => [
      [spec.kind, 'zh-Hant', spec.fields.map((f) => toTraditional(f.key))],
      [spec.kind, 'en', spec.fields.map((f) => f.en)],
    ]),
  )('recognises %s headers written in %s', (kind, _spelling, header) => {
    const layout = recogniseSheet('Sheet1', [header as string[]]).layout;
    expect(layout?.kind).toBe(kind);
    const spec = SHEETS.find((s) => s.kind === kind);
    expect(Object.keys(layout?.columns ?? {}).sort()).toEqual(spec?.fields.map((f) => f.key).sort());
  });

  it('reads the phone column that holds phones, not an empty one of a better name', () => {
    const rows = [
      ['投诉时间', '客户姓名', '联系电话', '手机', '投诉内容', '受理人'],
      ['2026-10-01 09:00', '张敏', '', '13812345678', '物流慢', '王芳'],
      ['2026-10-02 10:00', '李娜', '', '0912-345-678', '少发货', '李娜'],
      ['2026-10-03 11:00', '赵磊', '', '+852 6123 4567', '破损', '王芳'],
    ];
    expect(recogniseSheet('投诉登记', rows).layout?.columns['联系电话']).toBe(3);
  });

  it('takes the time a case arrived, not the time it was accepted, whatever the header order', () => {
    const rows = [
      ['受理时间', '来电时间', '客户姓名', '联系电话', '投诉内容', '受理人'],
      ['2026-10-01 09:30', '2026-10-01 09:02', '张敏', '13812345678', '物流慢', '王芳'],
      ['2026-10-02 14:10', '2026-10-02 13:55', '李娜', '13912345678', '少发货', '李娜'],
    ];
    expect(recogniseSheet('投诉登记', rows).layout?.columns['投诉时间']).toBe(1);
  });

  it('finds a ledger’s rewards in words in whatever column holds them', () => {
    const rows = [
      ['日期', '部门', '姓名', '情况', '备注'],
      ['2026-10-03', '售后', '张敏', '扣3分', ''],
      ['2026-10-09', '售后', '李娜', '罚款50元，取消全勤', '当月'],
      ['2026-10-12', '售前', '赵磊', '奖励100元', ''],
    ];
    const layout = recogniseSheet('10月奖惩', rows).layout;
    expect(layout?.kind).toBe('ledger');
    expect(layout?.columns['奖惩方式']).toBe(3);
    expect(layout?.columnInfo[3]).toMatchObject({ field: '奖惩方式', source: 'values' });
  });

  describe('columns no header reading took, by their place and values', () => {
    // A repair shop's job log: what the customer asked in sentences, then what was done.
    const jobs = [
      ['Job #', 'Date In', 'Customer', 'Phone', 'Model', 'Initial Request', 'Resolution Notes', 'Tech'],
      [
        'J-1041',
        '2026-10-02',
        'Karen Holt',
        '(555) 201-4410',
        'ThinkPad T14',
        'Laptop will not power on after a coffee spill on the keyboard',
        'Replaced keyboard and cleaned the board, powers on and charges',
        'Sam',
      ],
      [
        'J-1042',
        '2026-10-03',
        'Dale Moss',
        '(555) 201-9923',
        'Dell XPS 13',
        'Screen flickers when the lid is moved past ninety degrees',
        'Reseated the display cable and tested for an hour without flicker',
        'Ana',
      ],
      [
        'J-1043',
        '2026-10-05',
        'Rita Kim',
        '(555) 330-1180',
        'HP Envy 15',
        'Very slow to start and the fan runs loud all day long',
        '',
        'Sam',
      ],
    ];

    it('reads sentences about the case as the problem, and sentences after it about the fix as the solution', () => {
      const layout = recogniseSheet('Jobs', jobs).layout;
      expect(layout?.kind).toBe('registration');
      expect(layout?.columns['问题描述']).toBe(5);
      expect(layout?.columns['解决方案']).toBe(6);
      expect(layout?.columnInfo[5]).toMatchObject({ field: '问题描述', source: 'place' });
    });

    it('leaves a column of a few words, or one the team’s 列名对照 leaves unused, unread', () => {
      const short = jobs.map((row, i) =>
        row.map((c, j) => (j === 5 ? (i === 0 ? 'Complaint Notes' : 'No power') : c)),
      );
      const shortLayout = recogniseSheet('Jobs', short).layout;
      expect(shortLayout?.kind).toBe('registration');
      expect(shortLayout?.columns['问题描述']).toBeUndefined();
      const mapping = { columns: new Map([[normalizeHeader('Initial Request'), null]]) };
      const layout = recogniseSheet('Jobs', jobs, { mapping }).layout;
      expect(layout?.columns['问题描述']).toBeUndefined();
      expect(layout?.columns['解决方案']).toBeUndefined();
    });

    it('never reads a second account of the case as its solution', () => {
      // Description is the problem by its name; the customer's own words beside it are no fix.
      const twice = jobs.map((row) => [
        ...row.slice(0, 5),
        row[0] === 'Job #' ? 'Description' : `Checked in: ${row[5]}`,
        ...row.slice(5),
      ]);
      const layout = recogniseSheet('Jobs', twice).layout;
      expect(layout?.columns['问题描述']).toBe(5);
      expect(layout?.columnInfo[6]?.field).toBeNull();
      expect(layout?.columns['解决方案']).toBe(7);
    });

    it('reads a reason in a word or two as the category', () => {
      const rows = [
        ['投诉编号', '投诉时间', '客户姓名', '联系电话', '投诉内容', '受理人', '報修原因'],
        [
          'TS-01',
          '2026-10-02 09:10',
          '王丽',
          '13812345678',
          '上门维修三次仍未修好，要求退款',
          '陈静',
          '服务态度',
        ],
        [
          'TS-02',
          '2026-10-03 14:00',
          '李强',
          '13912345678',
          '安装师傅迟到两个小时且没有提前通知',
          '陈静',
          '时效',
        ],
        ['TS-03', '2026-10-04 10:30', '赵敏', '13712345678', '退款申请提交一周仍未到账', '周磊', '退款'],
      ];
      const layout = recogniseSheet('Sheet1', rows).layout;
      expect(layout?.kind).toBe('complaints');
      expect(layout?.columns['投诉类别']).toBe(6);
    });
  });

  it('takes a rota, where the same person comes back on another date, for no staff list', () => {
    const rota = [
      ['姓名', '岗位', '在职状态', '日期', '上班时间', '下班时间'],
      ['张敏', '客服专员', '在职', '2026-11-09', '09:00', '18:00'],
      ['李娜', '客服主管', '在职', '2026-11-09', '10:00', '19:00'],
      ['张敏', '客服专员', '在职', '2026-11-10', '09:00', '18:00'],
      ['赵磊', '售后专员', '试用', '2026-11-10', '13:00', '22:00'],
    ];
    expect(recogniseSheet('Sheet1', rota).layout).toBeUndefined();
    // Each person once, with the date each joined: the team's staff list.
    const staff = rota
      .filter((_, i) => i !== 3)
      .map((row, i) => (i === 0 ? [...row.slice(0, 3), '入职日期'] : row.slice(0, 4)));
    expect(recogniseSheet('Sheet1', staff).layout?.kind).toBe('roster');
    // The same rota without the repeated person reads as a staff list: the repeat is what tells.
    expect(
      recogniseSheet(
        'Sheet1',
        rota.filter((_, i) => i !== 3),
      ).layout?.kind,
    ).toBe('roster');
  });

  describe('an agent’s figures without a month column', () => {
    // A dialler's per-agent report: the month is only in the title above it.
    const report = [
      ['Agent Performance Detail'],
      ['Time range: 2026-11-01 to 2026-11-30'],
      [''],
      ['USER NAME', 'ID', 'CALLS', 'TIME', 'PAUSE', 'TALK', 'SALE', 'DNC'],
      ['Grace Whitaker', '1021', '612', '142:18:40', '18:22:05', '88:51:30', '74', '12'],
      ['Omar Haddad', '1022', '548', '139:02:15', '22:47:31', '79:30:44', '51', '6'],
      ['Bianca Rossi', '1027', '433', '118:45:09', '15:05:18', '74:10:27', '63', '4'],
    ];

    it('reads them as pre-sales figures, and hours worked as no month', () => {
      const layout = recogniseSheet('Agent KPI', report).layout;
      expect(layout?.kind).toBe('presales');
      expect(layout?.columns).toMatchObject({ 姓名: 0, 接待人数: 2, 成交笔数: 6 });
      expect(layout?.columns['月份']).toBeUndefined();
      expect(layout?.missingRequired).toEqual(['月份']);
    });

    it('takes the customers received alone in a sheet of figures, not in a list of bookings', () => {
      const stats = [
        ['客服昵称', '接待人数', '总消息数', '回复率', '平均响应(秒)'],
        ['小鹿', 78, 1046, 1.0, 35.12],
        ['阿满', 60, 902, 0.98, 40.56],
        ['橙子', 57, 874, 1.0, 38.77],
      ];
      expect(recogniseSheet('Sheet1', stats).layout?.kind).toBe('presales');
      const bookings = [
        ['姓名', '接待人数', '包间', '到店'],
        ['王丽', 4, '牡丹厅', '18:00'],
        ['李强', 2, '大厅', '18:30'],
        ['赵敏', 6, '牡丹厅', '19:00'],
      ];
      expect(recogniseSheet('Sheet1', bookings).layout).toBeUndefined();
    });
  });

  it('reads a phone column of Macau’s and Hong Kong’s eight plain digits under a phone’s header', () => {
    const rows = [
      ['投訴編碼', '投訴人', '投訴電話', '投訴時間', '狀態', '投訴內容'],
      [
        'CP01',
        '梁嘉欣',
        '66231458',
        '2026-10-05 22:41:09',
        '處理完成',
        '樓上單位深夜拖動傢俬及播放音樂，已持續三晚',
      ],
      ['CP02', '何志明', '62859031', '2026-10-06 09:15:22', '處理完成', 'B座垃圾房未有按時清理，走廊有異味'],
      [
        'CP03',
        '陳美玲',
        '28120374',
        '2026-10-07 18:03:47',
        '正在處理',
        '大堂保安未有登記訪客，陌生人可自由出入',
      ],
    ];
    expect(recogniseSheet('投訴單', rows).layout?.columns['联系电话']).toBe(2);
    // The same digits under no phone's header are read as nothing by their values alone.
    const unnamed = rows.map((r, i) => (i === 0 ? [r[0], r[1], '編號', ...r.slice(3)] : r));
    expect(recogniseSheet('投訴單', unnamed).layout?.columns['联系电话']).toBeUndefined();
  });

  it('reads a ledger kept one sheet a month, with no date column, by the month in its name', () => {
    const rows = [
      ['2026年11月 - 积分汇总', '', '', '', ''],
      ['#', '人员', '本月积分', '原因', '当前积分'],
      [1, '吴静怡', '+75', '全勤；好评表扬2', 310],
      [2, '郑浩', '-20', '迟到2次', 120],
      [3, '孙莉', '+40', '好评表扬1', 245],
    ];
    const layout = recogniseSheet('2026年11月积分', rows).layout;
    expect(layout?.kind).toBe('ledger');
    // This month's points, not the running total beside them.
    expect(layout?.columns).toMatchObject({ 姓名: 1, 分值: 2 });
    // Without a month in its name or title, the same columns say too little.
    expect(recogniseSheet('积分', rows.slice(1)).layout).toBeUndefined();
  });

  it('takes a call centre’s call records for no complaint log, though some calls were complaints', () => {
    const calls = [
      [
        '主叫号码',
        '开始时间',
        '结束时间',
        '通话时长',
        '座席',
        '呼叫类型',
        '来电类型',
        '评分',
        '振铃时长',
        '等待时长',
      ],
      [
        '13983216504',
        '2026-11-03 09:38:02',
        '2026-11-03 09:44:51',
        '409',
        '1008',
        '呼入',
        '投诉',
        '满意',
        '6',
        '12',
      ],
      [
        '02367891234',
        '2026-11-03 09:51:17',
        '2026-11-03 09:53:40',
        '143',
        '1012',
        '呼入',
        '咨询',
        '非常满意',
        '4',
        '3',
      ],
      [
        '13708311277',
        '2026-11-03 10:02:45',
        '2026-11-03 10:10:02',
        '437',
        '1008',
        '呼入',
        '投诉',
        '一般',
        '5',
        '20',
      ],
    ];
    expect(recogniseSheet('sheettest', calls).layout).toBeUndefined();
    // With what each caller complained of written down, it is a complaint log.
    const written = calls.map((r, i) => [...r, i === 0 ? '投诉内容' : '师傅上门迟到两个小时，要求说明原因']);
    expect(recogniseSheet('sheettest', written).layout?.kind).toBe('complaints');
  });

  describe('a sheet of ratings', () => {
    // A repair shop's survey once a repair is closed: three scores for each customer who answered.
    const survey = [
      ['Repair No', 'Customer', 'Quality Rating', 'Speed Rating', 'Overall Satisfaction', 'Closed Date'],
      ['RP-2026-0412', 'Olivia Grant', 5, 4, 5, '2026-11-02 10:14'],
      ['RP-2026-0415', 'Marcus Webb', 2, 1, 2, '2026-11-03 16:40'],
      ['RP-2026-0419', 'Hannah Cole', 4, 4, 4, '2026-11-04 09:05'],
      ['RP-2026-0423', 'Ravi Patel', 3, 5, 4, '2026-11-05 18:22'],
    ];

    it('is a survey of the customers it names, though it repeats the repair and its closing date', () => {
      const layout = recogniseSheet('repair_satisfaction', survey).layout;
      expect(layout?.kind).toBe('callbacks');
      expect(layout?.columns['客户姓名']).toBe(1);
    });

    it('stays a complaint log where the complaint’s own columns convince', () => {
      const rows = [
        [
          '投诉编号',
          '投诉时间',
          '客户姓名',
          '联系电话',
          '投诉内容',
          '受理人',
          '回访满意度',
          '处理满意度',
          '服务满意度',
        ],
        [
          'TS-01',
          '2026-10-02 09:10',
          '王丽',
          '13812345678',
          '上门维修三次仍未修好，要求退款',
          '陈静',
          '满意',
          '满意',
          '一般',
        ],
        [
          'TS-02',
          '2026-10-03 14:00',
          '李强',
          '13912345678',
          '安装师傅迟到两个小时且没有提前通知',
          '陈静',
          '不满意',
          '一般',
          '不满意',
        ],
        [
          'TS-03',
          '2026-10-04 10:30',
          '赵敏',
          '13712345678',
          '退款申请提交一周仍未到账',
          '周磊',
          '满意',
          '满意',
          '满意',
        ],
      ];
      expect(recogniseSheet('Sheet1', rows).layout?.kind).toBe('complaints');
    });
  });

  it('leaves a sheet of no kind alone', () => {
    expect(
      recogniseSheet('备忘', [['本月重点：双十一前完成培训'], ['值班安排见群公告']]).layout,
    ).toBeUndefined();
    expect(recogniseSheet('Sheet9', [['日期', '说明']]).layout).toBeUndefined();
  });

  it('takes a form that says Complaint in three questions for a complaint log, though it asks for the product too', () => {
    const rows = [
      [
        'Timestamp',
        'Complaint received by',
        'Customer Name',
        'Phone',
        'Address',
        'Product Name',
        'Serial No.',
        'Complaint Description',
        'Complaint Level',
        'Solution given',
      ],
      [
        '10/3/2026 9:14:02',
        'Amy Chen',
        'Robert Hall',
        '+1 415 555 0132',
        '12 Pine St',
        'Nebuliser N2',
        'NB2-0931',
        'The mask cracked after two days of use',
        'High',
        'Replacement sent',
      ],
      [
        '10/4/2026 14:40:51',
        'Amy Chen',
        'Dana White',
        '+1 415 555 0177',
        '8 Oak Ave',
        'Nebuliser N2',
        'NB2-1102',
        'Unit stops after five minutes and beeps',
        'Low',
        '',
      ],
    ];
    const layout = recogniseSheet('Form Responses 1', rows).layout;
    expect(layout?.kind).toBe('complaints');
    expect(layout?.columns.投诉内容).toBe(7);
    expect(layout?.columns.受理人).toBe(1);
  });

  it('reads the case number, not the customer number, as the complaint id', () => {
    const rows = [
      ['客訴單號', '客戶編號', '聯絡電話', '受理時間', '客訴內容', '處理狀態'],
      ['C1150012', 'U00321', '0912-345-678', '2026/10/14 09:12', '網路晚上常斷線，已經三天了', '處理中'],
      ['C1150013', 'U00877', '0933-218-504', '2026/10/14 10:40', '帳單金額與方案不符', '已結案'],
    ];
    expect(recogniseSheet('工作表1', rows).layout?.columns.投诉编号).toBe(0);
  });

  it('takes a ticket list that never says complaint by its case statuses', () => {
    const rows = [
      ['编号', '建立时间', '提问类型', '描述', '状态', '最后处理人员'],
      ['Q-1001', '2026-10-06 10:12', '储值', '充值成功但是游戏里没有到账，请尽快处理', '处理中', '陈怡君'],
      ['Q-1002', '2026-10-06 11:30', '账号', '账号被盗，装备全部不见了，希望可以找回', '已结案', '林志明'],
      ['Q-1003', '2026-10-06 15:02', '其他', '活动奖励没有发放，已经等了三天还没收到', '已回复', '陈怡君'],
    ];
    expect(recogniseSheet('提问单', rows).layout?.kind).toBe('complaints');
  });

  it('leaves alone a form of names, addresses and a serial range that asks about no problem', () => {
    const rows = [
      [
        'Timestamp',
        'Email Address',
        'Orderer Name',
        'Shipping Address',
        'Component Type',
        'Number of Labels',
        'Serial number range',
      ],
      ['9/14/2026 10:12:45', 'jw@lab.edu', 'Jane Walker', '1 Campus Rd', 'Module', '40', 'M-0001 – M-0040'],
      ['9/15/2026 08:02:10', 'tk@lab.edu', 'Tom King', '9 Science Ave', 'Hexaboard', '12', 'H-0101 – H-0112'],
    ];
    expect(recogniseSheet('Form Responses 1', rows).layout).toBeUndefined();
  });

  it('reads a reason in a word or two as the problem category, a reason in sentences as its description', () => {
    const rows = [
      ['订单编号', '申请日期', '退货商品', '退货原因', '退货原因备注', '状态'],
      [
        'E2026100301',
        '2026-10-03',
        '蓝牙耳机 X2',
        '质量问题',
        '左耳没有声音，重启和重新配对都没有用',
        '已退款',
      ],
      ['E2026100418', '2026-10-04', '保温杯 500ml', '七天无理由', '颜色和图片差别太大，不想要了', '处理中'],
      ['E2026100522', '2026-10-05', '电动牙刷 S1', '发错货', '买的是白色收到的是粉色，要求换货', '已换货'],
    ];
    const layout = recogniseSheet('售后单', rows).layout;
    expect(layout?.kind).toBe('registration');
    expect(layout?.columns.问题分类).toBe(3);
    expect(layout?.columns.问题描述).toBe(4);
  });

  it('keeps a fault named with its reason (故障/原因) as the problem, however short its words', () => {
    const rows = [
      ['日期', '客户名称', '联系方式', '名称/型号', '问题类型', '故障/原因', '记录员'],
      ['2026-10-03', '张伟', '13812345678', '净水器 R5', '质量问题', '不出水', '马丽'],
      ['2026-10-04', '李娜', '13912345678', '净水器 R3', '安装', '漏水', '马丽'],
      ['2026-10-05', '王芳', '13712345678', '净水器 R5', '质量问题', '异响', '周杰'],
    ];
    const layout = recogniseSheet('售后服务登记表', rows).layout;
    expect(layout?.columns.问题分类).toBe(4);
    expect(layout?.columns.问题描述).toBe(5);
  });

  it('takes the customer’s real name over a nickname or an account, and the nickname when it is all there is', () => {
    const both = [
      ['退单号', '买家昵称', '收货人姓名', '收货人电话', '商品名称', '退单原因', '买家退单说明'],
      [
        'T2026100301',
        'tb_xiaoyu88',
        '陈雨',
        '13812345678',
        '蓝牙耳机 X2',
        '质量问题',
        '左耳没有声音，重启也没用',
      ],
      [
        'T2026100418',
        'jd_lee2019',
        '李强',
        '13912345678',
        '保温杯 500ml',
        '七天无理由',
        '颜色和图片差别太大',
      ],
    ];
    expect(recogniseSheet('退单', both).layout?.columns.客户姓名).toBe(2);
    const alone = both.map((row) => row.filter((_, i) => i !== 2));
    expect(recogniseSheet('退单', alone).layout?.columns.客户姓名).toBe(1);
  });

  it('reads an opinion given on a callback (回访意见) as the suggestion, beside the callback’s result', () => {
    const rows = [
      ['回访客户', '联系电话', '回访时间', '回访人员', '回访结果', '回访意见'],
      [
        '周敏',
        '13812345678',
        '2026-10-08 10:00',
        '王芳',
        '客户表示问题已解决，满意',
        '希望上门前先电话确认时间',
      ],
      ['孙强', '13912345678', '2026-10-08 11:30', '李娜', '客户未接听，改日再访', ''],
      ['赵磊', '13712345678', '2026-10-09 09:15', '王芳', '客户对维修速度满意', '配件价格能否再优惠'],
    ];
    const layout = recogniseSheet('回访登记', rows).layout;
    expect(layout?.kind).toBe('callbacks');
    expect(layout?.columns.客户姓名).toBe(0);
    expect(layout?.columns.回访内容).toBe(4);
    expect(layout?.columns.建议).toBe(5);
  });

  it('gives a header its second reading when a better column has its first', () => {
    // "Description of problem(s) with Device 1" reads first as the product; Product is that.
    const rows = [
      [
        'Timestamp',
        'Customer Name',
        'Phone',
        'Product',
        'Serial Number',
        'Description of problem(s) with Device 1',
      ],
      [
        '10/3/2026 9:14:02',
        'Robert Hall',
        '+1 415 555 0132',
        'Nebuliser N2',
        'NB2-0931',
        'The unit stops after five minutes and beeps twice',
      ],
      [
        '10/4/2026 14:40:51',
        'Dana White',
        '+1 415 555 0177',
        'Nebuliser N3',
        'NB3-1102',
        'Mask cracked along the seam after two days of use',
      ],
    ];
    const layout = recogniseSheet('Form Responses 1', rows).layout;
    expect(layout?.columns.产品型号).toBe(3);
    expect(layout?.columns.问题描述).toBe(5);
  });

  it('leaves alone a queue of consultations, though it has statuses, a topic and a completion time', () => {
    const header = [
      '序號',
      '候位號碼',
      '姓名',
      '電話',
      '電子郵件',
      '性別',
      '出生日期',
      '虛歲',
      '地址',
      '家人人數',
    ];
    const rows = [
      [...header, '總人數', '諮詢主題', '狀態', '叫號順序', '登記時間', '更新時間', '完成時間'],
      [
        1,
        'A001',
        '林美惠',
        '0912-345-678',
        'mh@example.tw',
        '女',
        '1980/05/02',
        47,
        '台中市北區',
        2,
        3,
        '工作運勢',
        '已完成',
        1,
        '2026/10/13 09:05',
        '2026/10/13 09:40',
        '2026/10/13 09:40',
      ],
      [
        2,
        'A002',
        '陳志豪',
        '0933-218-504',
        'ch@example.tw',
        '男',
        '1975/11/20',
        52,
        '台中市西區',
        1,
        2,
        '感情',
        '處理中',
        2,
        '2026/10/13 09:12',
        '2026/10/13 09:45',
        '',
      ],
      [
        3,
        'A003',
        '黃淑芬',
        '0958-771-263',
        'sf@example.tw',
        '女',
        '1990/01/08',
        37,
        '彰化縣員林市',
        3,
        4,
        '家宅',
        '已完成',
        3,
        '2026/10/13 09:30',
        '2026/10/13 10:15',
        '2026/10/13 10:15',
      ],
    ];
    expect(recogniseSheet('客戶資料', rows).layout).toBeUndefined();
  });

  it('leaves alone an inventory of assets, though it has models, a status, a location and a warranty date', () => {
    const rows = [
      [
        '资产编号',
        '资产名称',
        '分类',
        '部门',
        '品牌',
        '型号',
        '采购价格',
        '采购日期',
        '状态',
        '存放位置',
        '保修期至',
        '创建时间',
      ],
      [
        'ZC-0012',
        '笔记本电脑',
        '电脑设备',
        '客服部',
        '联想',
        'T14',
        '7299.00',
        '2024-03-15',
        '在用',
        '3F-A12',
        '2027-03-15',
        '2024-03-18 10:22',
      ],
      [
        'ZC-0013',
        '显示器',
        '电脑设备',
        '客服部',
        '戴尔',
        'U2723QE',
        '3599.00',
        '2024-03-15',
        '闲置',
        '3F-A14',
        '2027-03-15',
        '2024-03-18 10:25',
      ],
      [
        'ZC-0020',
        '耳麦',
        '外设',
        '售后部',
        '缤特力',
        'C5220',
        '499.00',
        '2024-05-02',
        '在用',
        '2F-B03',
        '2026-05-02',
        '2024-05-06 09:10',
      ],
    ];
    expect(recogniseSheet('资产清单', rows).layout).toBeUndefined();
  });

  it('never reads numbers under a header that names them (Part Numbers) as phones', () => {
    const rows = [
      ['RMA Number', 'Customer Name', 'Model', 'Fault', 'Part Numbers'],
      ['RMA-2201', 'Pacific Cinema', 'PJ-4K', 'Lamp does not ignite', '0190-44812'],
      ['RMA-2202', 'Bay Theatres', 'PJ-2K', 'Colour wheel noise', '0021-33017'],
      ['RMA-2203', 'Sunset Screens', 'PJ-4K', 'No signal on HDMI 2', '0040-11290'],
    ];
    const layout = recogniseSheet('RMA log', rows).layout;
    expect(layout?.kind).toBe('registration');
    expect(layout?.columns.客户电话).toBeUndefined();
  });

  it('reads a maintenance request log: who reported it is the customer, Contact Info the phone, Maintenance the repair', () => {
    const rows = [
      [
        'Request ID',
        'Timestamp',
        'Room',
        'Issue Type',
        'Description',
        'Reported By',
        'Contact Info',
        'Assigned To',
        'Status',
        'Logged by',
      ],
      [
        'MR-101',
        '2026-10-02 08:12',
        '103',
        'Plumbing',
        'Tap keeps dripping',
        'Kevin Doyle',
        '(555) 412-7730',
        'Ray Alvarez',
        'Completed',
        'Front desk',
      ],
      [
        'MR-102',
        '2026-10-03 19:40',
        '202',
        'HVAC',
        'No heat in the room',
        'Angela Pruitt',
        '(555) 300-1180',
        'Ray Alvarez',
        'In Progress',
        'Front desk',
      ],
      [
        'MR-103',
        '2026-10-05 11:05',
        '301',
        'Electrical',
        'Lamp flickers',
        'Tom Reyes',
        '(555) 219-4410',
        'Sam Ito',
        'Open',
        'Night shift',
      ],
    ];
    const layout = recogniseSheet('Maintenance Requests', rows).layout;
    expect(layout?.kind).toBe('registration');
    expect(layout?.headers.客户姓名).toBe('Reported By');
    expect(layout?.headers.客户电话).toBe('Contact Info');
    expect(layout?.headers.登记人).toBe('Logged by');
  });

  it('takes a list named for staff (Agents, Team members) with names and statuses for the roster, naming its missing 岗位', () => {
    const rows = [
      ['Name', 'Email', 'Team', 'Status'],
      ['Grace Lin', 'grace@shop.example', 'Support', 'Active'],
      ['Owen Chan', 'owen@shop.example', 'Support', 'Active'],
      ['Ivy Wong', 'ivy@shop.example', 'Returns', 'Suspended'],
    ];
    // In Chinese, a tab named for the agents (客服, 坐席人员, 客服組 in Traditional script) as well.
    for (const name of ['Agents', 'Team members', 'Staff 2026', '客服', '坐席人员', '客服組']) {
      const layout = recogniseSheet(name, rows).layout;
      expect(layout?.kind).toBe('roster');
      expect(layout?.missingRequired).toEqual(['岗位']);
    }
    // The same list under another name is anyone's.
    for (const name of ['Contacts', 'Customers', 'Sheet1'])
      expect(recogniseSheet(name, rows).layout).toBeUndefined();
  });

  it('reads a header by its fullest reading: the repair’s person is who solved it, not any person', () => {
    expect(readHeader('维保人员').get('registration')?.field.key).toBe('解决人');
    // A pattern's 手机 in a header whose words name a model reads no phone: 手机型号 is the product's.
    expect(readHeader('手机型号').get('registration')?.field.key).toBe('产品型号');
    expect(readHeader('工單號碼').get('registration')?.field.key).toBe('单号');
    expect(readHeader('接收投訴員工').get('complaints')?.field.key).toBe('受理人');
    // Tel as a word is a phone; inside a word (Telecaller) it is not.
    expect(readHeader('TEL_NO').get('complaints')?.field.key).toBe('联系电话');
    expect(readHeader('Telecaller Name').get('callbacks')?.field.key).toBe('回访人');
    // The shop a product was bought at is the after-sales log's 购买渠道; time left is no time at all.
    for (const shop of ['店铺', '购买商场', 'Outlet'])
      expect(readHeader(shop).get('registration')?.field.key).toBe('购买渠道');
    expect(readHeader('Time Left').get('complaints')).toBeUndefined();
    // What the closing says (完工描述, 结案说明) is what was done.
    expect(readHeader('完工描述').get('registration')?.field.key).toBe('解决方案');
    expect(readHeader('结案说明').get('complaints')?.field.key).toBe('处理结果');
    // An appeal's type is the complaint's category, not its content; the appeal itself is the content.
    expect(readHeader('诉求类型').get('complaints')?.field.key).toBe('投诉类别');
    expect(readHeader('客户诉求').get('complaints')?.field.key).toBe('投诉内容');
    // Whoever created or changed a record is no one on a staff list.
    for (const who of ['创建人', '修改人', 'Created by'])
      expect(readHeader(who).get('roster')).toBeUndefined();
    expect(readHeader('员工姓名').get('roster')?.field.key).toBe('姓名');
  });

  it('reads an after-sales record’s own number before the order it refers to', () => {
    const rows = [
      ['关联订单号', '保修单号', '寄件客户姓名', '寄件客户手机', '产品型号', '故障描述', '创建时间'],
      ['DD20261001', 'BX-0001', '王磊', '13800138000', 'K2', '不开机', '2026-10-02 09:00'],
      ['DD20261002', 'BX-0002', '李娜', '13900139000', 'K3', '屏幕闪烁', '2026-10-03 10:30'],
    ];
    expect(recogniseSheet('保修单', rows).layout?.headers.单号).toBe('保修单号');
    const en = [
      ['Linked Ticket', 'RMA #', 'Customer', 'Product', 'Reason for Return', 'Created On'],
      ['T-881', 'RMA-0042', 'Acme Ltd', 'Sensor X2', 'Dead on arrival', '2026-10-02'],
      ['T-882', 'RMA-0043', 'Bolt Inc', 'Sensor X3', 'Intermittent reading', '2026-10-03'],
    ];
    expect(recogniseSheet('Repair List', en).layout?.headers.单号).toBe('RMA #');
  });

  it('takes a list of calls the team dialled for a callback log', () => {
    const rows = [
      ['Reference', 'Name', 'Phone1', 'LogDate', 'AgentName', 'Result', 'SystemNotes'],
      [
        'INV-2291',
        'Maria Lopez',
        '+1 415 555 0134',
        '2026-10-12',
        'Dana Fox',
        'Answered',
        'Confirmed delivery',
      ],
      ['INV-2292', 'Ken Obi', '+1 415 555 0178', '2026-10-12', 'Dana Fox', 'No answer', 'Retry tomorrow'],
      ['INV-2293', 'Ann Lee', '+1 415 555 0191', '2026-10-13', 'Sam Roe', 'Answered', 'Happy with service'],
    ];
    const layout = recogniseSheet('Dial Results', rows).layout;
    expect(layout?.kind).toBe('callbacks');
    expect(layout?.headers.回访人).toBe('AgentName');
    expect(layout?.headers.实际回访时间).toBe('LogDate');
  });

  it('reads the customer’s own words as the problem, and shipping the goods back as the day it was solved', () => {
    expect(readHeader('买家退单说明').get('registration')?.field.key).toBe('问题描述');
    expect(readHeader('Consumer complaint narrative').get('complaints')?.field.key).toBe('投诉内容');
    for (const header of ['Shipped date', 'shipped_back_on', '交貨日期', 'Response Date'])
      expect(readHeader(header).get('registration')?.field.key).toBe('解决日期');
    // A purchase's delivery is no solution.
    expect(readHeader('购买发货日期').get('registration')?.field.key).not.toBe('解决日期');
  });

  it('reads a staff member’s status as the roster’s status, not a marital one, and Serial # as the serial', () => {
    const rows = [
      ['员工编号', '姓名', '岗位', '婚姻状况', '员工状态', '入职日期'],
      ['E001', '王芳', '主管', '已婚', '在职', '2021-03-01'],
      ['E002', '李娜', '售前客服', '未婚', '离职', '2022-07-15'],
    ];
    expect(recogniseSheet('花名册', rows).layout?.headers.状态).toBe('员工状态');
    const rma = [
      ['RMA #', 'Customer', 'Model', 'Serial #', 'Replaced Part Serial #', 'Fault'],
      ['R-1', 'Acme', 'PJ-4K', 'SN1001', 'LP-88', 'No image'],
      ['R-2', 'Bolt', 'PJ-2K', 'SN1002', 'LP-89', 'Fan noise'],
    ];
    expect(recogniseSheet('RMA log', rma).layout?.headers.产品序列号).toBe('Serial #');
  });

  it('never takes a record for a header, whatever its words: a row holding a date is data', () => {
    const rows = [
      ['受理日期', '责任机构', '业务一级', '业务二级', '客户反馈内容', '主办机构处理结果', '意见来源'],
      [
        '2026-05-06',
        '信贷部',
        '信贷',
        '协商还款',
        '客户称无力偿还消费贷，申请停息挂账。',
        '已联系客户，告知可申请分期。',
        '95561电话',
      ],
      [
        '2026-05-12',
        '福州分行',
        '服务态度',
        '柜员态度',
        '客户在网点办理挂失，柜员态度冷淡。',
        '网点负责人已致电客户道歉。',
        '网点意见簿',
      ],
    ];
    const result = recogniseSheet('2026年5月（投诉）', rows);
    expect(result.layout?.headerRow ?? 1).toBe(1);
    expect(result.layout?.kind).not.toBe('callbacks');
  });

  it('reads a repair shop’s job log for after-sales, not a complaint log: a make and model, no complaint, no level', () => {
    const rows = [
      [
        'Job ID',
        'Date In',
        'Service Type',
        'Client Name',
        'Client Phone',
        'System Make/Model',
        'Status',
        'Technician',
        'Final Resolution',
        'Date Completed',
      ],
      [
        'J-1001',
        '2026-10-01',
        'Repair',
        'Ann Lee',
        '(555) 210-3344',
        'Dell XPS 13',
        'Done',
        'Sam Roe',
        'Replaced fan',
        '2026-10-03',
      ],
      [
        'J-1002',
        '2026-10-02',
        'Virus removal',
        'Ken Obi',
        '(555) 210-9981',
        'HP Pavilion',
        'Open',
        'Sam Roe',
        '',
        '',
      ],
      [
        'J-1003',
        '2026-10-02',
        'Upgrade',
        'Maria Lopez',
        '(555) 210-1200',
        'Lenovo T14',
        'Waiting parts',
        'Dana Fox',
        '',
        '',
      ],
    ];
    const layout = recogniseSheet('Master Job Log', rows).layout;
    expect(layout?.kind).toBe('registration');
    expect(layout?.headers.单号).toBe('Job ID');
    expect(layout?.headers.登记日期).toBe('Date In');
  });

  it('leaves a case report that grades its cases and names the product unsaid between complaints and after-sales', () => {
    const header = [
      'Case Number',
      'Date/Time Opened',
      'Customer Name',
      'Case Origin',
      'Severity',
      'Product',
      'Problem Description',
      'Case Owner',
      'Case Status',
      'Date/Time Closed',
    ];
    const rows = [
      header,
      [
        '00412001',
        '10/02/2026 9:14 AM',
        'Ann Lee',
        'Phone',
        'S2',
        'Router X2',
        'Link drops every hour',
        'Sam Roe',
        'Closed',
        '10/03/2026 4:02 PM',
      ],
      [
        '00412002',
        '10/02/2026 1:40 PM',
        'Ken Obi',
        'Web',
        'S3',
        'Switch 24P',
        'Port 7 dead',
        'Dana Fox',
        'Open',
        '',
      ],
      [
        '00412003',
        '10/03/2026 8:05 AM',
        'Maria Lopez',
        'Email',
        'S1',
        'Router X2',
        'No boot after update',
        'Sam Roe',
        'Working',
        '',
      ],
    ];
    // A priority beside a product fits a complaint log and an after-sales log alike (a hotline's work
    // orders with a phone model and an IMEI were labelled either way): the team is asked, not guessed for.
    const result = recogniseSheet('Report 1', rows);
    expect(result.layout).toBeUndefined();
    expect(result.unrecognised?.reason).toBe('ambiguous');
    expect([...(result.unrecognised?.candidates ?? [])].sort()).toEqual(['complaints', 'registration']);
    // Said to be a complaint log in its name, it is one.
    expect(recogniseSheet('Complaints', rows).layout?.kind).toBe('complaints');
  });

  it('reads a survey after a service that names the vehicle as a callback log, not an after-sales log', () => {
    // A dealer's follow-up calls after a service (examples/real/held-out-10): the job card, the VIN and
    // the model beside an NPS question, call dates and dispositions.
    const file = 'examples/real/held-out-10/ho11c-en-ke-toyota-service-followup-calls-1.json';
    const sheet = JSON.parse(readFileSync(file, 'utf8')) as { sheetName: string; rows: string[][] };
    expect(recogniseSheet(sheet.sheetName, sheet.rows).layout?.kind).toBe('callbacks');
    // Without a question asking for a rating, the job card, the vehicle and the work done (Completed
    // Work Summary) say as much or more: the question is what makes it a survey.
    const unasked = sheet.rows.map((row, r) => (r === 0 ? row.map((h) => h.replace(/\?\s*$/, '')) : row));
    expect(recogniseSheet(sheet.sheetName, unasked).layout?.kind).not.toBe('callbacks');
  });

  it('leaves a phone system’s call records alone: numbers, times, agents and a field of business data', () => {
    const rows = [
      [
        '话单ID',
        '主叫号码',
        '被叫号码',
        '呼叫方向',
        '呼叫开始时间',
        '被叫应答时间',
        '通话时长(秒)',
        '坐席名称',
        '录音文件',
        '创建时间',
      ],
      [
        'c0b6e1a2',
        '8001',
        '13851742206',
        'OUTBOUND',
        '2026-11-20 09:12:04',
        '2026-11-20 09:12:15',
        207,
        '周静',
        '/rec/c0b6e1a2.wav',
        '2026-11-20 09:15:43',
      ],
      [
        '0d93c7f4',
        '8003',
        '18962013875',
        'OUTBOUND',
        '2026-11-20 09:18:30',
        '',
        0,
        '吴磊',
        '',
        '2026-11-20 09:19:06',
      ],
      [
        '5e7f3b90',
        '8001',
        '13770512936',
        'OUTBOUND',
        '2026-11-20 10:02:11',
        '2026-11-20 10:02:19',
        95,
        '周静',
        '/rec/5e7f3b90.wav',
        '2026-11-20 10:03:55',
      ],
    ];
    expect(recogniseSheet('数据', rows).layout).toBeUndefined();
    // 业务 alone is a line of business, not a skill: a pass-through field of JSON is no satisfaction.
    const passed = rows.map((row, r) => [
      ...row,
      r === 0 ? '业务透传字段' : `{"orderNo":"SH2026111500${r}"}`,
      r === 0 ? '租户名称' : '江苏云帆家电服务',
    ]);
    expect(recogniseSheet('数据', passed).layout).toBeUndefined();
    // The same calls with what each found are a callback log.
    const found = rows.map((row, r) => [
      ...row,
      r === 0 ? '回访内容' : ['', '客户表示满意', '未接通', '已解决，无其他问题'][r],
    ]);
    expect(recogniseSheet('数据', found).layout?.kind).toBe('callbacks');
  });

  it('leaves a sheet named for orders or customers alone, whatever columns it shares with an after-sales log', () => {
    const rows = [
      [
        '主订单编号',
        '选购商品',
        '收件人',
        '收件人手机号',
        '详细地址',
        '买家留言',
        '订单提交时间',
        '来源',
        '订单状态',
        '售后状态',
        '取消原因',
        '完成时间',
      ],
      [
        'O2026111501',
        '轻风 KJ400 空气净化器',
        '王丽娟',
        '13816274405',
        '锦绣路1688弄12号702室',
        '周末送货',
        '2026-11-15 10:21:37',
        '小程序端',
        '已完成',
        '未申请',
        '',
        '2026-11-22 16:40:30',
      ],
      [
        'O2026111602',
        '轻风 H3 加湿器 4L',
        '陈晓东',
        '15921836670',
        '文一西路588号3幢1单元501',
        '',
        '2026-11-16 21:08:14',
        '移动应用端',
        '已发货',
        '退款中',
        '拍错型号',
        '',
      ],
      [
        'O2026111703',
        '轻风 KJ400 空气净化器',
        '李娜',
        '13902211873',
        '天河路208号',
        '请尽快发货',
        '2026-11-17 08:02:51',
        '小程序端',
        '已完成',
        '未申请',
        '',
        '2026-11-20 12:00:00',
      ],
    ];
    // Sales leads and opportunities are records of their own, in either language.
    for (const name of ['订单列表', 'Orders', '客户详情', '會員資料', '线索列表', '商機', 'Prospects'])
      expect(recogniseSheet(name, rows).layout, name).toBeUndefined();
    // Named for after-sales, the same columns are an after-sales log.
    expect(recogniseSheet('售后登记', rows).layout?.kind).toBe('registration');
  });

  it('reads the next call as planned, a service point as no case, a colleague as staff, and where it was bought', () => {
    // The next call (下次回访日期, Next Follow-Up) is one not made yet: it is due, never done.
    for (const header of [
      '下次回访日期',
      '下次联系时间',
      'Next Follow-Up Date',
      'next_call_date',
      'Next Contact Date',
    ])
      expect(readHeader(header).get('callbacks')?.field.key, header).toBe('应回访日期');
    // 'next' alone is any question's: a survey asking what would make the next visit better asks a suggestion.
    expect(
      readHeader('What can we improve to make your next experience better?').get('callbacks')?.field.key,
    ).toBe('建议');
    // An offline callback made (线下回访日期) is made: 下 starts no plan inside a word.
    expect(readHeader('线下回访日期').get('callbacks')?.field.key).toBe('实际回访时间');
    // What to say next time, or a suggestion for it, is no date.
    expect(readHeader('下次回访内容').get('callbacks')?.field.key).not.toBe('应回访日期');
    expect(readHeader('您对下次服务有什么建议').get('callbacks')?.field.key).toBe('建议');
    // 维修点id numbers the repair station, not the repair: the order's id is the case. A service
    // network's or a shop's order number is still the case's.
    const orders = [
      ['订单id', '维修点id', '报修人', '报修电话', '故障描述', '工程师', '状态'],
      [10231, 103, '王护士长', '13857126643', '监护仪开机后血氧模块无读数', '陈建国', '维修完成'],
      [10232, 103, '李医生', '13957126644', '输液泵报警不止', '陈建国', '维修中'],
    ];
    expect(fieldOf('报修订单', orders, '订单id')).toBe('单号');
    expect(fieldOf('报修订单', orders, '维修点id')).toBeNull();
    for (const header of ['网点工单号', '服务站工单号', '店铺订单号', 'Store Order No'])
      expect(readHeader(header).get('registration')?.field.key, header).toBe('单号');
    // 合同事项 is a contract's matter, no colleague.
    expect(readHeader('合同事项').get('registration')?.field.key).not.toBe('登记人');
    // Hong Kong's 負責同事 is the member of staff who handles the complaint.
    expect(readHeader('負責同事').get('complaints')?.field.key).toBe('受理人');
    // Where the product was bought is the purchase channel, not the customer's address.
    expect(readHeader('Purchase Location').get('registration')?.field.key).toBe('购买渠道');
    expect(readHeader('购买地点').get('registration')?.field.key).toBe('购买渠道');
    expect(readHeader('Customer Location').get('registration')?.field.key).toBe('客户地址');
  });

  it('reads no party in 方式, no field in a picture, and no staff member in a firm’s name', () => {
    expect(readHeader('报修方式').get('complaints')?.field.key).toBe('投诉渠道');
    expect(readHeader('退款方式').get('registration')?.field.key).not.toBe('客户姓名');
    expect(readHeader('投诉方').get('complaints')?.field.key).toBe('客户姓名');
    expect(readHeader('工单图片').get('complaints')).toBeUndefined();
    expect(readHeader('Ticket Attachments').get('complaints')).toBeUndefined();
    expect(readHeader('投诉图片').get('complaints')).toBeUndefined();
    // A person's papers, post code and social accounts are no record's number and no phone.
    for (const header of ['身份证号', '邮政编码', '证件号码', 'QQ号', '微信号', 'Zip Code'])
      for (const kind of ['registration', 'complaints', 'callbacks'] as const)
        expect(readHeader(header).get(kind)).toBeUndefined();
    expect(readHeader('业务透传字段').get('callbacks')).toBeUndefined();
    for (const kind of ['roster', 'ledger', 'presales'] as const) {
      expect(readHeader('公司名称').get(kind)).toBeUndefined();
      expect(readHeader('Company name').get(kind)).toBeUndefined();
      expect(readHeader('Branch Name').get(kind)).toBeUndefined();
    }
    expect(readHeader('员工姓名').get('roster')?.field.key).toBe('姓名');
  });

  it('reads a list whose category cells say complaint as complaints, and calls taken in as no callback log', () => {
    const rows = [
      ['事項編號', '事項種類', '事項狀況', '事項新增日期', '事項內容', '跟進人'],
      ['LCY031', '住戶投訴', '跟進中', '01/09/2026', 'B座住戶投訴樓上深夜噪音', '黃家明'],
      ['LCY032', '噪音投訴', '已完成', '02/09/2026', 'C座住戶投訴裝修噪音', '陳美玲'],
      ['LCY033', '住戶投訴', '跟進中', '03/09/2026', '停車場燈光不足', '黃家明'],
    ];
    expect(recogniseSheet('Master List', rows).layout?.kind).toBe('complaints');
    const hotline = [
      [
        '呼叫单编号',
        '来电号码',
        '客户姓名',
        '来电日期',
        '来电目的',
        '支持工程师',
        '问题描述',
        '回访时间',
        '意见',
        '评分',
      ],
      ['HL-01', '13800138000', '王磊', '2026-10-02', '报修', '张工', '机组不制冷', '2026-10-05', '满意', '5'],
      ['HL-02', '13900139000', '李娜', '2026-10-03', '咨询', '刘工', '询问保养周期', '2026-10-06', '无', '4'],
    ];
    expect(recogniseSheet('Sheet1', hotline).layout?.kind).not.toBe('callbacks');
  });

  it('reads First and Last as a name, and a staff list of them for the roster', () => {
    const rows = [
      ['ID', 'First', 'Last', 'Hire Date', 'Position', 'Shift'],
      ['1001', 'Grace', 'Lin', '2021-03-01', 'Operator', 'Day'],
      ['1002', 'Owen', 'Chan', '2022-07-15', 'Lead', 'Night'],
    ];
    const layout = recogniseSheet('Worksheet', rows).layout;
    expect(layout?.kind).toBe('roster');
    expect(layout?.headers.姓名).toBe('First');
  });

  it('takes a form asking customers for a score for a satisfaction survey, a callback’s record', () => {
    const rows = [
      ['Timestamp', 'On a scale of 1–5, how was your visit?', 'name', 'phone', 'client'],
      ['10/14/2026 9:12:03', 5, 'Ann Lee', '(555) 210-3344', 'Returning'],
      ['10/14/2026 11:40:51', 3, 'Ken Obi', '(555) 210-9981', 'New'],
      ['10/15/2026 16:05:12', 4, 'Maria Lopez', '(555) 210-1200', 'New'],
    ];
    const layout = recogniseSheet('Form Responses 1', rows).layout;
    expect(layout?.kind).toBe('callbacks');
    expect(layout?.missingRequired).toEqual(['回访人']);
    // Without the score it asks nothing a survey asks.
    const plain = rows.map((r) => [r[0], r[2], r[3], r[4]]);
    expect(recogniseSheet('Form Responses 1', plain).layout).toBeUndefined();
  });

  it('knows a form’s responses by their shape when the CSV was saved under another name', () => {
    const rows = [
      ['Timestamp', 'On a scale of 1–5, how was your visit?', 'name', 'phone', 'client'],
      ['10/14/2026 9:12:03', 5, 'Ann Lee', '(555) 210-3344', 'Returning'],
      ['10/14/2026 11:40:51', 3, 'Ken Obi', '(555) 210-9981', 'New'],
      ['10/15/2026 16:05:12', 4, 'Maria Lopez', '(555) 210-1200', 'New'],
    ];
    expect(recogniseSheet('form', rows).layout?.kind).toBe('callbacks');
    // The same columns with dates of no time first are no form's, and too few for a callback log.
    const dated = rows.map((r, i) => [i === 0 ? r[0] : String(r[0]).split(' ')[0], ...r.slice(1)]);
    expect(recogniseSheet('form', dated).layout).toBeUndefined();
  });

  it('dates a ledger’s row by when it happened, not when it was filed', () => {
    const rows = [
      ['申请日期', '发生时间', '姓名', '奖惩类型', '奖惩事由', '分值'],
      ['2026-10-08', '2026-10-05', '王芳', '处罚', '迟到', '-2'],
      ['2026-10-09', '2026-10-07', '李娜', '奖励', '客户表扬', '3'],
    ];
    expect(recogniseSheet('奖惩记录', rows).layout?.headers.日期).toBe('发生时间');
    const tw = [
      ['呈報日期', '事件日期', '姓名', '獎懲類別', '事由'],
      ['2026-10-08', '2026-10-05', '陳志明', '申誡', '未依規定停靠'],
      ['2026-10-09', '2026-10-07', '林雅婷', '嘉獎', '拾金不昧'],
    ];
    expect(recogniseSheet('獎懲', tw).layout?.headers.日期).toBe('事件日期');
  });

  it('finds a complaint’s channel by its cells, whatever the header (聯絡方式 holding 電話 and WhatsApp)', () => {
    const rows = [
      ['日期', '家長姓名', '聯絡電話', '聯絡方式', '投訴內容', '跟進人'],
      ['2026-10-02', '陳太', '9123 4567', '電話', '導師遲到二十分鐘', '黃小姐'],
      ['2026-10-03', '李先生', '6234 5678', 'WhatsApp', '功課批改太慢', '黃小姐'],
      ['2026-10-05', '張太', '5123 9876', '電郵', '收費單據有誤', '何先生'],
    ];
    const layout = recogniseSheet('家長投訴', rows).layout;
    expect(layout?.headers.投诉渠道).toBe('聯絡方式');
    expect(layout?.headers.联系电话).toBe('聯絡電話');
  });

  it('takes a sheet named for complaints for complaints, though a survey’s columns weigh more', () => {
    // A cloud provider's complaint-ticket analysis (examples/real/held-out-10): header as exported.
    const rows = [
      [
        '工单号',
        '产品名称',
        '客户请求内容',
        '需求痛点',
        '请求场景',
        '问题类型',
        '用户旅程一级',
        '用户旅程二级',
        '用户情绪',
        '是否加急',
        '回访满意度',
        '不满意原因',
        '产品技术优化',
        '服务流程改进',
        '产品组优化建议',
        '设计师优化建议',
        '确立举措',
        '排期',
        '受理内容',
        '处理意见',
        '根因排查',
      ],
      [
        '20260506144725X450975120',
        '云主机',
        '希望尽快恢复80端口的公网访问',
        '端口不通',
        '报障与排错',
        '性能类',
        '使用',
        '网络访问',
        '不满',
        '加急',
        '8（已解决）',
        '',
        '安全组模板默认放行常用Web端口',
        '报障工单首响超过30分钟时自动升级二线',
        '',
        '',
        '控制台新增“一键放行常用端口”入口',
        '2026-08-01',
        '20260506144725X450975120 客户反映云主机昨晚重启后网站无法访问，80端口不通，要求今天上午恢复。',
        '已协助排查，安全组规则被误删，重新添加入方向80/443规则后访问恢复。',
        '安全组规则被客户子账号误删',
      ],
      [
        '20260508093112X450981377',
        '对象存储',
        '要求退还重复扣除的流量费用',
        '重复扣费',
        '计费与账单',
        '计费与账单',
        '续费',
        '账单查询',
        '不满',
        '',
        '3（未解决）',
        '退款到账慢',
        '',
        '账单争议工单增加财务直连通道',
        '账单明细页增加按资源包抵扣说明',
        '',
        '',
        '',
        '20260508093112X450981377 客户称4月账单外网流出流量已用资源包抵扣，又按量计费扣了312元，要求退款并解释。',
        '已核实为资源包生效延迟导致重复计费，已提交退款申请，预计5个工作日到账。',
        '资源包生效与计费周期不同步',
      ],
    ];
    expect(recogniseSheet('投诉工单-2026年5月', rows).layout?.kind).toBe('complaints');
    // Unnamed, the same columns are a survey's as much as a complaint log's.
    expect(recogniseSheet('Sheet1', rows).layout?.kind).not.toBe('complaints');
  });

  it('leaves alone a service log that never says what was complained of, complaint, ticket or a level', () => {
    const rows = [
      ['Date', 'Service No', 'IDT PC?', 'Received By', 'Serviced By', 'Name', 'Contact', 'Status'],
      ['03/03/2026', 'WAP2603001', 'Yes', 'Hafiz', 'Kelvin', 'Lim Wei Jie', '+60123386214', 'Completed'],
      [
        '03/03/2026',
        'WAP2603002',
        'No',
        'Hafiz',
        'Arif',
        'Nur Syafiqah Rahman',
        '+60197724051',
        'In Progress',
      ],
      ['04/03/2026', 'WAP2603003', 'Yes', 'Shalini', 'Kelvin', 'Gan Chee Keong', '+60165508932', 'Completed'],
    ];
    expect(recogniseSheet('Ampang', rows).layout?.kind).not.toBe('complaints');
    // A chat support export says what its cases are: conversations, their thread.
    const chats = [
      ['Conversation ID', 'Customer Name', 'Created At', 'Conversation Thread', 'Closed At', 'Rating'],
      [
        'c-101',
        'Ann Lee',
        '2026-10-02 09:00',
        'Order arrived damaged, asked for a refund',
        '2026-10-02 11:00',
        '4',
      ],
      [
        'c-102',
        'Ken Obi',
        '2026-10-03 10:00',
        'Cannot log in to the app since the update',
        '2026-10-04 09:30',
        '2',
      ],
    ];
    expect(recogniseSheet('intercom_conversations', chats).layout?.kind).toBe('complaints');
  });

  it('reads a log of customers’ cases that names no product as complaints, and keeps one naming a product for after-sales', () => {
    // A hotline's work orders: who called, what about, which type, who handles it, its state. No
    // model, serial or purchase, no repair said, and no word of complaint in any header.
    const cases = [
      ['编号', '姓名', '手机号', '详情描述', '工单类型', '负责人', '工单状态', '创建时间', '创建人'],
      [
        '1',
        '周敏',
        '13953127760',
        '小区门口路灯连续三晚不亮',
        '市政设施',
        '孙倩',
        '已办结',
        '2026-10-08 09:14',
        'rx1003',
      ],
      [
        '2',
        '钱磊',
        '15866402138',
        '楼上装修噪音晚上十点后仍未停止',
        '噪音扰民',
        '李静',
        '处理中',
        '2026-10-08 13:52',
        'rx1007',
      ],
      [
        '3',
        '吴芳',
        '18605318812',
        '快递柜占用消防通道',
        '消防安全',
        '孙倩',
        '未处理',
        '2026-10-09 10:05',
        'rx1003',
      ],
    ];
    const read = recogniseSheet('工作表1', cases).layout;
    expect(read?.kind).toBe('complaints');
    expect(read?.headers).toMatchObject({
      投诉内容: '详情描述',
      受理人: '负责人',
      处理状态: '工单状态',
      投诉时间: '创建时间',
    });
    // The same log naming the product each case is about is no complaint log by default.
    const withProduct = cases.map((row, i) => [...row, i === 0 ? '产品型号' : `KF-${i}`]);
    expect(recogniseSheet('工作表1', withProduct).layout?.kind).not.toBe('complaints');
    // Without anyone who raised it, it is a team's task list (an IT team's work orders), none of ours.
    const tasks = cases.map((row) => row.filter((_, i) => i !== 1 && i !== 2));
    expect(recogniseSheet('工作表1', tasks).layout?.kind).toBeUndefined();
  });

  it('leaves a school’s list of pupils alone, and reads a kindergarten’s staff roll naming classes as the roster', () => {
    const discipline = [
      ['编号', '姓名', '性别', '班级', '处分', '违纪事实', '时间'],
      ['11', '李浩然', '男', '2024级电商1班', '警告', '连续三周晚自习无故缺勤', '2026-10-12'],
      ['12', '王梓涵', '女', '2025级客服2班', '通报批评', '考试携带手机进入考场', '2026-10-28'],
      ['13', '赵一鸣', '男', '2024级电商2班', '记过', '宿舍使用违规电器', '2026-11-02'],
    ];
    expect(recogniseSheet('处分名单', discipline).layout).toBeUndefined();
    // The same list of the team's own people, by department, is a ledger.
    const staff = discipline.map((row, i) => [
      ...row.slice(0, 3),
      i === 0 ? '部门' : '售后部',
      ...row.slice(4),
    ]);
    expect(recogniseSheet('处分名单', staff).layout?.kind).toBe('ledger');
    const teachers = [
      ['工號', '姓名', '職稱', '所屬班級', '到職日期', '在職狀態'],
      ['T001', '林雅婷', '教保員', '小班', '2021/08/01', '在職'],
      ['T002', '陳怡君', '教師', '中班', '2019/08/01', '在職'],
    ];
    expect(recogniseSheet('員工名冊', teachers).layout?.kind).toBe('roster');
  });

  it('keeps a header that carries a date of its own (a stamp Sheets made a date), but no record below it', () => {
    const rows = [
      ['客户姓名', '联系电话', '回访日期', '回访人', '满意度', new Date(Date.UTC(2026, 9, 11))],
      ['王磊', '13800138000', '2026-10-12', '小陈', '满意', ''],
      ['李娜', '13900139000', '2026-10-13', '小陈', '不满意', ''],
    ];
    const layout = recogniseSheet('回访', rows).layout;
    expect(layout?.kind).toBe('callbacks');
    expect(layout?.headerRow).toBe(1);
  });

  it('reads # after a record as its number, after a contact as a phone, and after anything else as nothing', () => {
    expect(readHeader('Order #').get('registration')?.field.key).toBe('单号');
    expect(readHeader('Contact #').get('complaints')?.field.key).toBe('联系电话');
    expect(readHeader('Room #').get('complaints')).toBeUndefined();
    expect(readHeader('Tracking #').get('registration')).toBeUndefined();
    expect(readHeader('Hotel').get('complaints')).toBeUndefined();
  });

  it('leaves a sheet naming both a praise and a report unsaid, rather than guessing which', () => {
    const rows = [
      ['時間戳記', '類型', '對象', '事由分類', '事件描述', '發生日期', '狀態', '處置'],
      [
        '2026-09-02 08:41:17',
        '表揚',
        '蔡志豪',
        '熱心助人',
        '夜班巡邏時協助住戶搬運輪椅上樓，住戶致電公司表達感謝。',
        '2026-09-01',
        '已處理',
        '同意表揚',
      ],
      [
        '2026-09-03 22:15:02',
        '反應',
        '劉建國',
        '勤務紀律',
        '交接班時未確實點交鑰匙，延誤廠商進場約 30 分鐘。',
        '2026-09-03',
        '處理中',
        '',
      ],
      [
        '2026-09-05 13:07:45',
        '反應',
        '吳育誠',
        '服務態度',
        '對來訪廠商口氣不佳，廠商向管委會反映。',
        '2026-09-04',
        '已知悉再觀察',
        '不同意懲處',
      ],
    ];
    const result = recogniseSheet('匿名表揚檢舉', rows);
    expect(result.layout).toBeUndefined();
    expect(result.unrecognised?.reason).toBe('ambiguous');
  });

  it('names a staff list only by words that name staff and nothing else', () => {
    const rows = [
      ['Name', 'Email', 'Team', 'Status'],
      ['Grace Lin', 'grace@shop.example', 'Support', 'Active'],
      ['Owen Chan', 'owen@shop.example', 'Support', 'Active'],
    ];
    for (const name of ['Members', 'Staff schedule', 'Agent performance', '客服工单', '客服排班'])
      expect(recogniseSheet(name, rows).layout?.kind).not.toBe('roster');
  });

  it('never takes a column of how a case was answered (回复方式: 电话, 上门) for the way it came in', () => {
    const rows = [
      ['投诉编号', '投诉时间', '客户姓名', '投诉内容', '回复方式'],
      ['KS-1', '2026-10-02 09:00', '王磊', '快递三天未更新，客户要求退款', '电话'],
      ['KS-2', '2026-10-03 10:00', '李娜', '收到的商品有破损，要求换货', '上门'],
      ['KS-3', '2026-10-04 11:00', '张伟', '客服态度差，电话被挂断', '电话'],
    ];
    expect(recogniseSheet('投诉', rows).layout?.columns.投诉渠道).toBeUndefined();
  });

  it('reads a disciplinary list: long Malaysian names are people, a violation’s name is why, not who', () => {
    const rows = [
      ['Employee Name', 'Business Unit', 'Department', 'Violation Name', 'Date Of Occurrence', 'Verdict'],
      ['Nurul Aisyah binti Rahman', 'Customer Care', 'Inbound Voice', 'Late Login', '06-01-2026', 'Guilty'],
      [
        'Kevin Tan Wei Ming',
        'Customer Care',
        'Live Chat',
        'Unprofessional Conduct with Customer',
        '09-01-2026',
        'Not Guilty',
      ],
      [
        'Priya Devi a/p Subramaniam',
        'Customer Care',
        'Email Support',
        'Breach of Data Privacy Policy',
        '21-01-2026',
        'Guilty',
      ],
    ];
    const layout = recogniseSheet('Incidents', rows).layout;
    expect(layout?.kind).toBe('ledger');
    expect(layout?.headers.姓名).toBe('Employee Name');
    expect(layout?.headers.奖惩事由).toBe('Violation Name');
  });

  it('reads a users export with titles and an enabled flag as the roster (職銜, 已啟用, 註冊於)', () => {
    const rows = [
      ['ID', '使用者名稱', '姓名', '職銜', '電子郵件', '已啟用', '註冊於'],
      ['1', 'amy.lin', '林怡君', '客服主任', 'amy@shop.tw', '是', '2024-03-01 09:00'],
      ['2', 'ken.chen', '陳冠宇', '客服專員', 'ken@shop.tw', '否', '2025-07-15 10:30'],
      ['3', 'ivy.wu', '吳佩珊', '客服專員', 'ivy@shop.tw', '是', '2025-09-01 08:45'],
    ];
    const layout = recogniseSheet('Worksheet', rows).layout;
    expect(layout?.kind).toBe('roster');
    expect(layout?.headers.岗位).toBe('職銜');
    expect(layout?.headers.状态).toBe('已啟用');
  });

  it('reads 職稱 written in Traditional as the post (Taiwan’s word), and 职称 beside 职务 on the mainland as a grade', () => {
    const taiwan = [
      ['姓名', '職稱', '職務', '到職日期', '在職狀態'],
      ['林美玲', '園長', '行政', '2015-08-01', '在職'],
      ['陳怡君', '教保員', '班級導師', '2019-08-01', '在職'],
      ['黃雅婷', '教保員', '午睡值班', '2021-02-15', '在職'],
    ];
    expect(recogniseSheet('教職員名冊', taiwan).layout?.headers.岗位).toBe('職稱');
    const mainland = [
      ['姓名', '职称', '职务', '入职日期', '在职状态'],
      ['王强', '高级工程师', '售后主管', '2015-08-01', '在职'],
      ['李娜', '助理工程师', '客服专员', '2019-08-01', '在职'],
      ['赵敏', '', '客服专员', '2021-02-15', '在职'],
    ];
    expect(recogniseSheet('员工名单', mainland).layout?.headers.岗位).toBe('职务');
  });

  it('reads a resolved time beside a closed time as the solution’s time, and a lone one as the closing', () => {
    const header = [
      'Ticket ID',
      'Subject',
      'Status',
      'Priority',
      'Agent',
      'Created time',
      'Resolved time',
      'Closed time',
    ];
    const rows = [
      header,
      [
        4821,
        'Earbuds not charging',
        'Closed',
        'High',
        'Priya',
        '2026-11-02 10:14:37',
        '2026-11-04 16:02:11',
        '2026-11-06 09:00:00',
      ],
      [
        4827,
        'Replacement late',
        'Resolved',
        'Medium',
        'Arjun',
        '2026-11-03 19:52:08',
        '2026-11-05 11:20:00',
        '',
      ],
      [4833, 'Agent was rude', 'Open', 'Urgent', 'Meera', '2026-11-04 12:06:51', '', ''],
    ];
    const both = recogniseSheet('Tickets', rows).layout;
    expect(both?.headers.方案时间).toBe('Resolved time');
    expect(both?.headers.结案时间).toBe('Closed time');
    const lone = recogniseSheet(
      'Tickets',
      rows.map((r) => r.slice(0, 7)),
    ).layout;
    expect(lone?.headers.结案时间).toBe('Resolved time');
    expect(lone?.headers.方案时间).toBeUndefined();
  });

  it('reads where a member of staff works (單位) as a ledger’s department, never the body that punished', () => {
    const rows = [
      ['發文日期', '單位', '職稱', '姓名', '獎懲事由', '獎懲結果', '核定機關'],
      ['2026/10/02', '第一分局', '警員', '陳志明', '協助民眾尋回失物', '嘉獎一次', '警察局'],
      ['2026/10/09', '交通隊', '偵查佐', '林建宏', '值勤遲到', '申誡一次', '警察局'],
      ['2026/10/15', '第二分局', '警員', '王俊傑', '破獲竊案', '記功一次', '警察局'],
    ];
    const layout = recogniseSheet('獎懲令', rows).layout;
    expect(layout?.kind).toBe('ledger');
    expect(layout?.headers.部门).toBe('單位');
  });

  it('reads what the customer said as the complaint, whatever the header adds (详细, 客户反映, narrative)', () => {
    for (const header of ['詳細描述', '客户反映情况', '客户描述', 'Consumer complaint narrative', '受理内容'])
      expect(readHeader(header).get('complaints')?.field.key, header).toBe('投诉内容');
  });

  it('takes the callback’s own note for what the call found, and a column of sentences over one of flags', () => {
    const callbacks = [
      ['姓名', '电话', '体检时间', '阳性结果', '回访人', '回访时间', '回访备注'],
      [
        '张伟',
        '13812345678',
        '2026-10-02',
        '血糖偏高，空腹7.9mmol/L',
        '李护士',
        '2026-10-05 10:00',
        '已电话告知复查，客户表示下周来院',
      ],
      [
        '王芳',
        '13912345678',
        '2026-10-03',
        '甲状腺结节3类',
        '李护士',
        '2026-10-06 15:20',
        '建议专科就诊，客户已预约',
      ],
      ['刘洋', '13712345678', '2026-10-04', '血压偏高', '赵护士', '2026-10-07 09:40', '未接通，明天再拨'],
    ];
    expect(recogniseSheet('危急值回访', callbacks).layout?.headers.回访内容).toBe('回访备注');
    const complaints = [
      ['工单流水号', '受理时间', '联系方式', '处理人', '业务内容', '非派单情况'],
      [
        '1001',
        '2026-10-02 09:00',
        '13812345678',
        '王敏',
        '用户反映账单多扣流量费186元，要求核实退还。',
        '否',
      ],
      [
        '1002',
        '2026-10-03 10:00',
        '13912345678',
        '李强',
        '用户申诉宽带报装超过7天未上门安装，要求赔偿。',
        '否',
      ],
      ['1003', '2026-10-04 11:00', '13712345678', '王敏', '用户反映营业员态度冷淡，排队近一小时。', '否'],
    ];
    expect(recogniseSheet('投诉工单', complaints).layout?.headers.投诉内容).toBe('业务内容');
  });

  it('reads an agent’s calls answered as the customers received when its cells are counts, not a month', () => {
    const rows = [
      ['period', 'agent', 'qname', 'totCall', 'answered', 'unAnswered', 'avg_duration'],
      ['2026-08', 'Priya Nair', '401', 115271, 612, 37, 185.6],
      ['2026-08', 'Daniel Okafor', '401', 123054, 498, 52, 240.3],
      ['2026-09', 'Priya Nair', '401', 105531, 587, 41, 176.4],
    ];
    const layout = recogniseSheet('by_agent', rows).layout;
    expect(layout?.kind).toBe('presales');
    expect(layout?.headers).toMatchObject({
      月份: 'period',
      姓名: 'agent',
      接待人数: 'answered',
      流失单数: 'unAnswered',
    });
  });

  it('reads a call log whose subjects say follow-up in most rows as callbacks, though its headers never do', () => {
    const header = [
      'Date',
      'Call Summary',
      'Contact',
      'Phone',
      'Responsible',
      'Direction',
      'Duration',
      'Description',
    ];
    const calls = [
      header,
      [
        '2026-10-05 10:30',
        '30-day follow-up after RO purifier installation',
        'Lim Siew Ling',
        '+60 12-338 4172',
        'Nur Syafiqah',
        'Out',
        4.5,
        'Unit working well, customer happy with technician.',
      ],
      [
        '2026-10-05 11:10',
        '30-day follow-up after RO purifier installation',
        'Muthu Krishnan',
        '+60 16-902 5518',
        'Nur Syafiqah',
        'Out',
        6.25,
        'Slight leak at tap joint reported. Booked a visit.',
      ],
      [
        '2026-10-06 14:45',
        'Warranty expiry reminder call (12 months)',
        'Tan Ah Kow',
        '+60 3-7728 1903',
        'Jason Ooi',
        'Out',
        2,
        'No answer, left message.',
      ],
      [
        '2026-10-07 09:55',
        'Follow-up after filter replacement complaint',
        'Farah Hanim',
        '+60 19-441 7260',
        'Jason Ooi',
        'Out',
        8,
        'Customer satisfied with the replacement filter.',
      ],
    ];
    const layout = recogniseSheet('Sheet1', calls).layout;
    expect(layout?.kind).toBe('callbacks');
    expect(layout?.headers).toMatchObject({ 客户姓名: 'Contact', 联系电话: 'Phone', 回访人: 'Responsible' });
    // The same calls with one follow-up among sales calls are anyone's call log.
    const sales = calls.map((row, i) =>
      i < 2 ? row : [...row.slice(0, 1), 'Quotation for a new purifier', ...row.slice(2)],
    );
    expect(recogniseSheet('Sheet1', sales).layout).toBeUndefined();
  });

  it('reads an agent’s figures beside a post (客服岗位) as pre-sales figures, not a roster they tie with', () => {
    const rows = [
      [
        '统计开始日',
        '统计结束日',
        '店铺名称',
        '客服姓名',
        '客服岗位',
        '销售额',
        '询单人数',
        '下单人数',
        '接待会话量',
      ],
      ['2026-09-01', '2026-09-30', '暖居家纺旗舰店', '苏晴', '售前', 186420.5, 1372, 402, 1655],
      ['2026-09-01', '2026-09-30', '暖居家纺旗舰店', '阿杰', '售前', 142908, 1105, 297, 1389],
      ['2026-09-01', '2026-09-30', '暖居家纺旗舰店', '小满', '售前', 98755.8, 884, 201, 1120],
    ];
    const layout = recogniseSheet('数据明细', rows).layout;
    expect(layout?.kind).toBe('presales');
    expect(layout?.headers).toMatchObject({ 姓名: '客服姓名', 成交笔数: '下单人数' });
  });

  it('reads a group heading’s children where a CSV lost its merge (投诉人信息 over 姓名, 联系方式, 身份)', () => {
    const rows = [
      ['投诉情况登记表', '', '', '', '', '', '', ''],
      ['投诉时间', '投诉人信息', '', '', '投诉内容', '投诉渠道', '处理状态', '处理人员'],
      ['', '姓名', '联系方式', '身份', '', '', '', ''],
      [
        '2026-09-08 09:42',
        '黄丽娟',
        '13812657703',
        '客户',
        '洗碗机至今未安装，师傅两次爽约',
        '电话',
        '已解决',
        '周敏',
      ],
      ['2026-09-10 14:20', '王建国', '13905167788', '客户', '退款三天未到账', '微信', '处理中', '李娜'],
      ['2026-09-12 10:05', '陈晓', '13770012345', '家长', '客服电话长时间无人接听', '电话', '已解决', '周敏'],
    ];
    const layout = recogniseSheet('投诉登记', rows).layout;
    expect(layout?.kind).toBe('complaints');
    expect(layout?.columns).toMatchObject({ 客户姓名: 1, 联系电话: 2 });
  });

  it('leaves alone a dialler’s reminder calls (its error_message is nobody’s complaint) and a shop’s order list', () => {
    const calls = [
      [
        'batch_id',
        'timestamp',
        'name',
        'phone_number',
        'appointment_date',
        'location',
        'call_answered',
        'call_status',
        'call_duration_seconds',
        'call_duration_formatted',
        'call_id',
        'error_message',
      ],
      [
        '20261013_170002',
        '2026-10-13 17:00:19',
        'Denise Carter',
        '443-218-7740',
        '2026-10-14T09:00:00',
        'Towson Office',
        'Yes',
        'completed',
        31,
        '31s',
        'CA7be1c20f4d9a83e6b15f0c2d7a4e91b3',
        '',
      ],
      [
        '20261013_170002',
        '2026-10-13 17:00:19',
        'Marcus Hill',
        '410-555-0193',
        '2026-10-14T09:30:00',
        'Towson Office',
        'No',
        'no-answer',
        0,
        '0s',
        'CA02d9ef5a7c1b4483a9e6f70b2c85d4a1',
        'Call not answered by the callee',
      ],
      [
        '20261013_170002',
        '2026-10-13 17:00:19',
        'Priya Raman',
        '443-905-3312',
        '2026-10-14T11:15:00',
        'Columbia Office',
        'No',
        'failed',
        0,
        '0s',
        'CA5c81a0e3b7f24d96a1d0e8b3f6c72e05',
        'Number unreachable, carrier rejected the call',
      ],
    ];
    expect(recogniseSheet('batch_call_results', calls).layout).toBeUndefined();
    const orders = [
      [
        '订单号',
        '收货人姓名',
        '收货人电话',
        '收货地址',
        '商品信息',
        '实际支付',
        '支付状态',
        '订单状态',
        '下单时间',
      ],
      [
        'cp537428196301245184',
        '郑秀兰',
        '13951862274',
        '南京市鼓楼区湖南路12号',
        '破壁料理机 PB-520 [1 * 399.00]',
        '399.00',
        '微信支付',
        '待收货',
        '2026-09-12 20:40:37',
      ],
      [
        'cp537430877215223808',
        '宋磊',
        '18652037719',
        '南京市江宁区东山街道8栋1103',
        '不锈钢保温杯 500ml [2 * 59.00]',
        '108.00',
        '微信支付',
        '已完成',
        '2026-09-12 21:02:16',
      ],
      [
        'cp537512064882556928',
        '沈梦洁',
        '15805186230',
        '苏州市姑苏区十全街226号',
        '空气炸锅 KZ-35 [1 * 269.00]',
        '269.00',
        '微信支付',
        '正在退款',
        '2026-09-13 09:26:51',
      ],
    ];
    expect(recogniseSheet('Sheet1', orders).layout).toBeUndefined();
    // The same customers with what went wrong and what was done are an after-sales log.
    const cases = orders.map((row, i) => [
      ...row,
      i === 0 ? '问题描述' : '收到后无法开机',
      i === 0 ? '处理结果' : '已换货',
    ]);
    expect(recogniseSheet('Sheet1', cases).layout?.kind).toBe('registration');
  });

  it('reads a register of customers’ banners and letters of thanks (錦旗, 嘉許) as rewards', () => {
    const rows = [
      ['錦旗明細報表'],
      ['地區', '姓名', '職位', '入職日期', '嘉許日期', '客戶名稱', '嘉許項目', '錦旗/表揚信'],
      ['香港', '陳志偉', '技術主任', '2018/03/12', '2026/09/03', '九龍灣宏泰餐廳', '滅蟲', '錦旗'],
      ['香港', '何嘉欣', '清潔技術員', '2021/07/05', '2026/09/09', '沙田明德小學', '清潔', '表揚信'],
      ['香港', '李國強', '技術員', '2019/11/20', '2026/09/18', '觀塘工業大廈', '滅蟲', '表揚信'],
    ];
    const layout = recogniseSheet('Sheet1', rows).layout;
    expect(layout?.kind).toBe('ledger');
    expect(layout?.headers).toMatchObject({ 姓名: '姓名', 日期: '嘉許日期' });
  });

  it('keeps a column named 投诉内容 for the complaint, however short, beside a longer column of the customer’s reaction', () => {
    const rows = [
      ['投诉时间', '客户姓名', '联系电话', '投诉类别', '投诉内容', '客户反馈', '处理结果'],
      [
        '2026-10-01 09:30',
        '张敏',
        '13812345678',
        '物流',
        '物流慢',
        '客户表示已经等了五天还没有收到货，非常不满意',
        '已催件',
      ],
      [
        '2026-10-02 14:10',
        '李娜',
        '13912345678',
        '质量',
        '商品破损',
        '收到时外包装完好但里面的杯子碎了两个，希望尽快补发',
        '已补发',
      ],
      [
        '2026-10-03 10:20',
        '赵磊',
        '13712345678',
        '服务',
        '态度差',
        '客服回复很慢而且语气不好，要求给个说法',
        '已道歉',
      ],
    ];
    expect(recogniseSheet('投诉登记', rows).layout?.headers.投诉内容).toBe('投诉内容');
  });

  it('leaves a salesman’s follow-ups alone, and reads a second reading only where the values plainly fit it', () => {
    const sales = [
      ['Date', 'Subject', 'Contact', 'Phone', 'Responsible', 'Type', 'Duration'],
      [
        '2026-10-05 10:30',
        'Follow up on quotation for 3 purifiers',
        'Lim Siew Ling',
        '+60 12-338 4172',
        'Nur',
        'Call',
        4.5,
      ],
      [
        '2026-10-05 11:10',
        'Follow-up call re: pricing proposal',
        'Muthu Krishnan',
        '+60 16-902 5518',
        'Nur',
        'Call',
        6,
      ],
      [
        '2026-10-06 14:45',
        'Follow up with lead after demo',
        'Tan Ah Kow',
        '+60 3-7728 1903',
        'Jason',
        'Call',
        2,
      ],
      [
        '2026-10-07 09:55',
        'Follow-up on the new office order',
        'Farah Hanim',
        '+60 19-441 7260',
        'Jason',
        'Call',
        8,
      ],
    ];
    expect(recogniseSheet('Sheet1', sales).layout).toBeUndefined();
    const times = [
      ['period', 'agent', 'qname', 'answered', 'unAnswered'],
      ['2026-08', 'Priya Nair', '401', '2026-08-03 10:00:00', 37],
      ['2026-08', 'Daniel Okafor', '401', '2026-08-04 11:00:00', 52],
      ['2026-09', 'Priya Nair', '401', '2026-09-02 09:30:00', 41],
    ];
    expect(recogniseSheet('by_agent', times).layout?.headers.接待人数).toBeUndefined();
  });

  it('reads a customer survey form asking for a rating in a question as a callback’s record, whatever product it names', () => {
    const rows = [
      [
        'Timestamp',
        'Email Address',
        'Which product did you purchase?',
        'On a scale of 1 to 5, how would you rate our customer service?',
        'Do you have any other comments, questions, or concerns?',
      ],
      [
        '2/2/2026 9:41:17',
        'jen@example.com',
        'Aero Pro Blender',
        5,
        'The replacement jar arrived in two days and the agent called to check it fit.',
      ],
      [
        '2/2/2026 13:05:52',
        'dw@example.net',
        'Aero Pro Blender',
        3,
        'Motor smells hot after a minute. Support said it is normal.',
      ],
      ['2/3/2026 10:12:03', 'kim@example.org', 'Aero Mini', 4, 'Quick answer by chat, thanks.'],
    ];
    const layout = recogniseSheet('Form Responses 1', rows).layout;
    expect(layout?.kind).toBe('callbacks');
    expect(layout?.headers.服务态度满意度).toBe(
      'On a scale of 1 to 5, how would you rate our customer service?',
    );
    // A question on the product is no rating of the service.
    const product = 'On a scale of 1 to 5, how would you rate your overall satisfaction with our product?';
    expect(readHeader(product).get('callbacks')?.field.key).not.toBe('服务态度满意度');
    expect(readHeader('产品满意度').get('callbacks')?.field.key).not.toBe('服务态度满意度');
  });

  it('leaves alone returns to a supplier, and reads no supplier as a customer', () => {
    const rows = [
      [
        'RMA / return authorization number',
        'Supplier name',
        'Items and quantity returned',
        'Return reason',
        'Status',
      ],
      [
        'RA-558213',
        'Northline Kitchenware Ltd',
        'Cast-iron skillet 26cm x 12',
        'Damaged in transit',
        'Credited',
      ],
      [
        'RMA 20260311-07',
        'BrightHome Supply Co.',
        'Glass storage set x 30',
        'Over-shipment',
        'Received-awaiting-credit',
      ],
      ['RA-560017', 'Pacific Homewares', 'Knife block x 6', 'Wrong colour sent', 'Shipped'],
    ];
    expect(recogniseSheet('Vendor returns', rows).layout).toBeUndefined();
    expect(readHeader('Supplier name').get('registration')).toBeUndefined();
    expect(readHeader('供应商').get('complaints')).toBeUndefined();
  });

  it('never takes a customer’s organisation, a firm’s name or the body that punished for a ledger’s department', () => {
    for (const header of ['客户单位', '公司名称', '核定機關', 'Company (client)'])
      expect(readHeader(header).get('ledger')?.field.key, header).not.toBe('部门');
    expect(readHeader('單位').get('ledger')?.field.key).toBe('部门');
  });

  it('reads a resolution beside a closing as the solution’s time, never a closing only planned', () => {
    const rows = [
      [
        'Ticket ID',
        'Subject',
        'Status',
        'Agent',
        'Created',
        'Resolution date',
        'Closed date',
        'Auto-close date',
      ],
      [
        1,
        'Refund late',
        'Closed',
        'Mei',
        '2026-11-02 10:14',
        '2026-11-03 16:02',
        '2026-11-06 09:00',
        '2026-11-09 09:00',
      ],
      [2, 'Rude agent', 'Resolved', 'Jon', '2026-11-03 19:52', '2026-11-05 11:20', '', '2026-11-12 11:20'],
      [3, 'Broken on arrival', 'Open', 'Mei', '2026-11-04 12:06', '', '', ''],
    ];
    const layout = recogniseSheet('Tickets', rows).layout;
    expect(layout?.headers).toMatchObject({ 方案时间: 'Resolution date', 结案时间: 'Closed date' });
  });

  it('never reads a price as the product nor a person’s sex as the customer', () => {
    for (const header of ['Product_Price', '商品单价', 'Unit Cost'])
      expect(readHeader(header).get('registration')?.field.key, header).not.toBe('产品型号');
    for (const header of ['User_Gender', '客户性别', 'Sex'])
      expect(readHeader(header).get('complaints')?.field.key, header).not.toBe('客户姓名');
    expect(readHeader('Product Name').get('registration')?.field.key).toBe('产品型号');
  });

  it('reads whom a warning went to as the ledger’s person, and an agent’s display name over an e-mail', () => {
    const warnings = [
      ['Warning By', 'Warning To', 'Subject', 'Warning Date'],
      ['Rachel Adams', 'Kevin Doyle', 'Verbal Reprimand - Conduct', '09/03/2026'],
      ['Rachel Adams', 'Tasha Green', 'First Written Warning - Attendance', '09/10/2026'],
      ['Omar Haddad', 'Kevin Doyle', 'Final Warning - Attendance', '09/24/2026'],
    ];
    const layout = recogniseSheet('Warnings', warnings).layout;
    expect(layout?.headers.姓名).toBe('Warning To');
    // Who gave the warning is no kind of penalty.
    expect(layout?.headers.奖惩方式).not.toBe('Warning By');
    const agents = [
      ['客服昵称', '客服邮箱', '客服技能组', '总会话数', '有效接待会话数', '未接待会话数'],
      ['林小雨', 'linxy@jiajushop.cn', '售前组', 1286, 1175, 12],
      ['陈思远', 'chensy@jiajushop.cn', '售前组', 1104, 1012, 9],
      ['王可', 'wangk@jiajushop.cn', '售后组', 980, 940, 15],
    ];
    expect(recogniseSheet('客服工作量_202609', agents).layout?.headers.姓名).toBe('客服昵称');
  });

  it('leaves alone an order list that names an owner, and reads a job log with a technician and a date in', () => {
    const orders = [
      ['订单号', '客户姓名', '客户电话', '产品型号', '购买日期', '负责人'],
      ['DD20260912001', '郑秀兰', '13951862274', 'PB-520 破壁机', '2026-09-12', '王敏'],
      ['DD20260912002', '宋磊', '18652037719', 'KZ-35 空气炸锅', '2026-09-12', '李强'],
      ['DD20260913003', '沈梦洁', '15805186230', 'BW-500 保温杯', '2026-09-13', '王敏'],
    ];
    expect(recogniseSheet('Sheet1', orders).layout).toBeUndefined();
    const jobs = [
      ['Job #', 'Date In', 'Customer', 'Phone', 'Model', 'Tech'],
      ['J-1041', '2026-10-01', 'Ann Lee', '(555) 201-1234', 'ThinkPad T14', 'Sam'],
      ['J-1042', '2026-10-03', 'Dale Moss', '(555) 201-9923', 'Dell XPS 13', 'Ana'],
      ['J-1043', '2026-10-05', 'Rita Kim', '(555) 330-1180', 'HP Envy 15', 'Sam'],
    ];
    expect(recogniseSheet('Jobs', jobs).layout?.kind).toBe('registration');
  });

  it('reads an agent report of counts, rates and times spent (登录时长 176:32:10) as pre-sales figures', () => {
    const report = [
      ['客服', '呼叫量', '接待量', '接待率', '登录时长', '空闲时长', '总通话时长', '平均通话时长', '满意率'],
      ['林晓燕', 1286, 1214, '94.40%', '176:32:10', '21:05:44', '118:40:06', '0:05:52', '91.30%'],
      ['陈志强', 1102, 1019, '92.47%', '170:15:02', '25:41:18', '101:22:39', '0:05:58', '87.65%'],
      ['王思琪', 987, 951, '96.35%', '168:02:45', '19:12:03', '96:10:22', '0:06:04', '93.10%'],
    ];
    const layout = recogniseSheet('坐席统计', report).layout;
    expect(layout?.kind).toBe('presales');
    expect(layout?.headers.接待人数).toBe('接待量');
    // A sheet hands a [h]:mm:ss cell over as a date of its day 0 (1899-12-30): a duration all the same.
    const dayZero = Date.UTC(1899, 11, 30);
    const asDates = report.map((row, i) =>
      i === 0
        ? row
        : row.map((cell) => {
            const m = typeof cell === 'string' ? /^(\d+):(\d\d):(\d\d)$/.exec(cell) : null;
            return m
              ? new Date(dayZero + ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000)
              : cell;
          }),
    );
    expect(recogniseSheet('坐席统计', asDates).layout?.kind).toBe('presales');
  });

  it('reads agents’ shorthand and English complaint words: 首响 is the first reply, Against whom it is against', () => {
    expect(readHeader('实际首响时间').get('complaints')?.field.key).toBe('首次答复时间');
    // A petition by letter or visit (信访) is the mainland's formal complaint: its date is when the
    // complaint came, not when a clerk entered it.
    const petitions = [
      ['工单ID', '登记时间', '信访人', '联系电话', '信访日期', '信访内容', '工单状态'],
      [
        'GD-0031',
        '2026-10-14 09:30',
        '王建国',
        '13805716623',
        '2026-10-12',
        '反映小区门口占道经营长期无人管理',
        '办理中',
      ],
      [
        'GD-0032',
        '2026-10-14 10:05',
        '李秀英',
        '13916620418',
        '2026-10-13',
        '反映派出所办理户口迁移时间过长',
        '已办结',
      ],
      [
        'GD-0035',
        '2026-10-15 08:50',
        '陈志强',
        '13702218845',
        '2026-10-14',
        '反映夜间施工噪音扰民',
        '办理中',
      ],
    ];
    expect(recogniseSheet('信访工单数据', petitions).layout?.headers.投诉时间).toBe('信访日期');
    // An average first reply is a time, never the customers received.
    expect(readHeader('平均首响').get('presales')?.field.key).not.toBe('接待人数');
    expect(readHeader('Against').get('complaints')?.field.key).toBe('被投诉人');
    // A parcel's tracking number is the carrier's: no phone, no follow-up, not the record's own number.
    for (const header of ['追踪號碼', '跟踪号', 'Tracking Number'])
      for (const kind of ['callbacks', 'complaints', 'registration'] as const)
        expect(readHeader(header).get(kind), `${header} ${kind}`).toBeUndefined();
  });

  it('leaves alone a salesman’s visits rated by intent, whatever 回访 columns it keeps', () => {
    const visits = [
      [
        '编号',
        '代理商名称',
        '预约时的意向评级',
        '拜访后的意向评级',
        '被访人',
        '联系电话',
        '拜访主题',
        '实际拜访时间',
        '拜访结果',
        '回访内容',
        '回访时间',
        '回访人',
      ],
      [
        '1021',
        '华晟通讯',
        'B',
        'A',
        '刘建国',
        '13805716623',
        '新品推介',
        '2026-10-10',
        '同意试用',
        '已确认试用进度',
        '2026-10-12',
        '陈敏',
      ],
      [
        '1022',
        '远航电子',
        'C',
        'B',
        '周丽',
        '13916620418',
        '续约洽谈',
        '2026-10-11',
        '需再沟通',
        '客户仍在比较',
        '2026-10-14',
        '陈敏',
      ],
      [
        '1023',
        '瑞丰商贸',
        'A',
        'A',
        '孙伟',
        '13702218845',
        '新品推介',
        '2026-10-13',
        '已签约',
        '签约后跟进',
        '2026-10-15',
        '李浩',
      ],
    ];
    expect(recogniseSheet('Sheet1', visits).layout).toBeUndefined();
    // The same calls without the sales columns are a callback log.
    const calls = visits.map((row) => row.filter((_, i) => ![2, 3, 6, 7, 8].includes(i)));
    expect(recogniseSheet('Sheet1', calls).layout?.kind).toBe('callbacks');
    // A dealer's callback asking whether the customer would buy again stays a callback log.
    const dealer = [
      ['客户姓名', '联系电话', '回访日期', '回访人', '服务满意度', '推荐意向', '再次购买意向'],
      ['刘建国', '13805716623', '2026-10-12', '陈敏', '满意', '愿意', '有'],
      ['周丽', '13916620418', '2026-10-14', '陈敏', '一般', '不确定', '无'],
      ['孙伟', '13702218845', '2026-10-15', '李浩', '非常满意', '愿意', '有'],
    ];
    expect(recogniseSheet('Sheet1', dealer).layout?.kind).toBe('callbacks');
    // So does one asking about renewal and a quotation, three sales words to its two callback ones.
    const renewal = dealer.map((row, i) =>
      i === 0 ? [...row, '续费意向', '报价是否合理'] : [...row, i === 2 ? '无' : '有', '合理'],
    );
    expect(recogniseSheet('Sheet1', renewal).layout?.kind).toBe('callbacks');
  });

  it('takes no tab named 反馈 for a complaint log by its name: a feedback list is left unsaid, a survey is callbacks', () => {
    const feedback = [
      ['序号', '渠道', '反馈描述', '处理进度', '处理反馈', '用户', '时间'],
      [
        1,
        '官网',
        '充值后钻石没有到账，订单号GX20260302118，已截图',
        '已处理',
        '已核实补发，请重新登录查收',
        '夜雨听风',
        '2026-03-02 21:14',
      ],
      [
        2,
        'QQ群',
        '新版本更新后安卓手机进入副本就闪退',
        '已处理',
        '已在3月4日热更新修复',
        '小橘子',
        '2026-03-03 09:47',
      ],
      [
        3,
        'TapTap',
        '客服回复太慢，工单提交三天没人理',
        '处理中',
        '已加急处理',
        '老王不在家',
        '2026-03-03 15:20',
      ],
    ];
    expect(recogniseSheet('反馈列表', feedback).layout).toBeUndefined();
    const callbacks = [
      ['客户姓名', '联系电话', '回访时间', '回访人', '满意度', '客户反馈'],
      ['张三', '13812345678', '2026-11-02 10:00', '李丽', '满意', '服务很好，师傅准时上门'],
      ['王五', '13912345678', '2026-11-03 11:00', '李丽', '一般', '安装有点慢，等了两天才来'],
      ['赵六', '13712345678', '2026-11-04 09:30', '陈强', '满意', '没有问题'],
    ];
    for (const name of ['回访反馈表', '客户反馈', '意見反饋'])
      expect(recogniseSheet(name, callbacks).layout?.kind, name).toBe('callbacks');
  });

  it('never takes replies to what residents sent in (建议内容, 回复内容, 回复人) for calls the team made', () => {
    const suggestions = [
      ['建议ID', '姓名', '建议内容', '建议时间', '附件', '回复内容', '回复时间', '回复人'],
      [
        'JY0012',
        '王建国',
        '小区东门晚上路灯不亮，老人出门不方便，希望尽快维修',
        '2026-10-08 19:20',
        '',
        '已安排电工检修，10月9日修复',
        '2026-10-09 10:05',
        '刘敏',
      ],
      [
        'JY0013',
        '陈丽',
        '快递柜旁边垃圾堆放太久，有异味，建议增加清运次数',
        '2026-10-09 08:41',
        '',
        '已与保洁公司沟通，改为每日两次清运',
        '2026-10-09 16:30',
        '刘敏',
      ],
      [
        'JY0014',
        '赵强',
        '地下车库指示牌不清楚，外来车辆经常走错',
        '2026-10-10 12:12',
        '',
        '物业已重新制作指示牌',
        '2026-10-12 09:00',
        '孙涛',
      ],
    ];
    expect(recogniseSheet('TSJY', suggestions).layout).toBeUndefined();
    // Nor when the time is when the suggestion was submitted (提交时间).
    const submitted = suggestions.map((row, i) =>
      i === 0 ? row.map((h) => (h === '建议时间' ? '提交时间' : h)) : row,
    );
    expect(recogniseSheet('TSJY', submitted).layout).toBeUndefined();
    // Said to be callbacks, the same columns are.
    const named = suggestions.map((row, i) => (i === 0 ? row.map((h) => h.replace('回复', '回访')) : row));
    expect(recogniseSheet('TSJY', named).layout?.kind).toBe('callbacks');
  });

  it('reads a person’s status as the roster’s status before an account’s switch, an agent’s presence online never', () => {
    const staff = [
      ['姓名', '部门', '人员状态', '职称级别', '入职时间', '是否启用'],
      ['周晓明', '客服部', '在职', '客服专员', '2024-03-01', '是'],
      ['陈丽华', '售后部', '试用', '售后专员', '2026-09-15', '是'],
      ['李伟', '客服部', '离职', '客服主管', '2021-06-20', '否'],
    ];
    expect(recogniseSheet('员工信息', staff).layout?.headers.状态).toBe('人员状态');
    const agents = [
      ['客服账号', '客服姓名', '角色', '客服状态', '是否启用'],
      ['kf001', '周晓明', '客服专员', '在线', '是'],
      ['kf002', '陈丽华', '客服主管', '离线', '是'],
      ['kf003', '李伟', '客服专员', '忙碌', '否'],
    ];
    expect(recogniseSheet('客服列表', agents).layout?.headers.状态).toBe('是否启用');
  });

  it('reads satisfaction with the service (服务满意度) as the attitude’s, beside a repair’s quality', () => {
    expect(readHeader('服务满意度').get('callbacks')?.field.key).toBe('服务态度满意度');
    // On a complaint log it is still the customer's satisfaction after the case.
    expect(readHeader('服务满意度').get('complaints')?.field.key).toBe('回访满意度');
    const calls = [
      ['车牌号', '回访方式', '质量满意度', '服务满意度', '回访内容', '回访员', '工单号', '回访日期'],
      [
        '苏A·8K21C',
        '电话',
        '满意',
        '非常满意',
        '车辆使用正常，对接待很满意',
        '周婷',
        'WX2610-0031',
        '2026-10-15',
      ],
      ['苏A·3F90D', '电话', '一般', '满意', '异响仍有一点，已预约复查', '周婷', 'WX2610-0035', '2026-10-16'],
      ['苏B·7Q55E', '短信', '满意', '满意', '无', '刘洋', 'WX2610-0040', '2026-10-17'],
    ];
    expect(recogniseSheet('三日回访', calls).layout?.headers.服务态度满意度).toBe('服务满意度');
  });

  it('reads a staff directory (教職員通訊錄, 员工通讯录) as the roster, and a customer’s as none', () => {
    const directory = [
      ['職稱', '身分証字號', '姓名', '生日', '地址', '電話'],
      ['校長', 'N120456783', '陳志明', '1968-05-21', '彰化縣員林市中正路312號', '04-8321456'],
      ['教務主任', 'N221367459', '林淑芬', '1974-11-03', '彰化縣員林市三民街58巷6號', '04-8356721'],
      ['幹事', 'N124587963', '黃建華', '1985-02-14', '彰化縣員林市大同路一段20號', '04-8334510'],
    ];
    for (const name of ['教職員通訊錄', '员工通讯录', 'Staff directory'])
      expect(recogniseSheet(name, directory).layout?.kind, name).toBe('roster');
    expect(recogniseSheet('客户通讯录', directory).layout).toBeUndefined();
  });

  it('reads two English words run together (jobtitle, hiredate, claim_id), a little less surely than words apart', () => {
    expect(readHeader('jobtitle').get('roster')?.field.key).toBe('岗位');
    expect(readHeader('hiredate').get('roster')?.field.key).toBe('入职日期');
    expect(readHeader('claim_id').get('registration')?.field.key).toBe('单号');
    // Whoever created the record is no number of it, and staff (create_user), not the customer.
    expect(readHeader('creator_id').get('complaints')?.field.key).not.toBe('投诉编号');
    expect(readHeader('createuser').get('complaints')?.field.key).not.toBe('客户姓名');
    // A word and a suffix are one word; a status's or a product's name is nobody's.
    for (const header of ['Membership', 'Ownership', 'statusname', 'productname'])
      expect(
        [...readHeader(header).values()].map((h) => h.field.key),
        header,
      ).not.toContain('客户姓名');
    expect([...readHeader('Membership').values()].map((h) => h.field.key)).toEqual([]);
    const tickets = [
      ['Ticket Number', 'Created', 'State', 'Owner', 'UserFirstname', 'Customer Name', 'Phone', 'Subject'],
      [
        '2026101410000017',
        '2026-10-14 09:12',
        'open',
        'mbrooks',
        'Megan',
        'Carlos Rivera',
        '(555) 201-1234',
        'Invoice shows the wrong VAT rate',
      ],
      [
        '2026101410000021',
        '2026-10-14 11:40',
        'closed successful',
        'jtaylor',
        'Jordan',
        'Amy Chen',
        '(555) 201-9923',
        'Cannot reset my password from the app',
      ],
      [
        '2026101510000003',
        '2026-10-15 08:05',
        'pending reminder',
        'mbrooks',
        'Megan',
        'Derek Williams',
        '(555) 330-1180',
        'Refund not received after 14 days',
      ],
    ];
    expect(recogniseSheet('Complaints', tickets).layout?.headers.客户姓名).toBe('Customer Name');
  });

  it('reads a masked phone as a phone, never a masked bank card; 修理 as a repair, and an after-sales number before the order’s', () => {
    expect(profileColumn(['6222****1234', '3301****5678']).phone).toBe(0);
    // Whatever the add-on's own masking writes reads back as a phone.
    for (const [phone, region] of [
      ['13812345678', 'CN'],
      ['021-62345678', 'CN'],
      // The mainland's service numbers, masked (400***3456).
      ['4008123456', 'CN'],
      ['0912-345-678', 'TW'],
      ['91234567', 'HK'],
      ['28123456', 'MO'],
      ['+49 30 1234567', 'CN'],
    ] as const)
      expect(looksLikeMaskedPhone(maskPhone(phone, region)), phone).toBe(true);
    expect(readHeader('修理人員').get('registration')?.field.key).toBe('解决人');
    expect(conceptsOf('修理單號').concepts.has('repair')).toBe(true);
    const returns = [
      ['订单编号', '退货编号', '退貨品號', '买家会员名', '申请时间', '退款金额', '退货原因'],
      ['DD2610120031', 'TH2610130007', 'SKU-88213', '林小雨', '2026-10-13 10:12', 89, '尺码偏小'],
      ['DD2610120057', 'TH2610140002', 'SKU-88240', '陈思远', '2026-10-14 09:40', 129, '商品有破损'],
      ['DD2610130012', 'TH2610140011', 'SKU-88213', '王可', '2026-10-14 16:25', 89, '与描述不符'],
    ];
    const layout = recogniseSheet('退货', returns).layout;
    expect(layout?.kind).toBe('registration');
    expect(layout?.headers.单号).toBe('退货编号');
    const orders = [
      [
        '工单号',
        '来源',
        '报修/投诉内容',
        '客户姓名',
        '客户手机号',
        '状态',
        '师傅姓名',
        '预计上门日期',
        '首次派工时间',
        '完成时间',
      ],
      [
        'GD2610-0012',
        '电话',
        '空调外机异响，制冷效果差',
        '刘芳',
        '138****5678',
        '已完成',
        '王师傅',
        '2026-10-13',
        '2026-10-12 15:20',
        '2026-10-13 17:40',
      ],
      [
        'GD2610-0015',
        '小程序',
        '洗衣机脱水时漏水',
        '陈军',
        '139****2201',
        '处理中',
        '李师傅',
        '2026-10-14',
        '2026-10-13 09:05',
        '',
      ],
      [
        'GD2610-0019',
        '门店',
        '投诉：师傅上门迟到两小时',
        '赵敏',
        '186****9034',
        '已完成',
        '王师傅',
        '2026-10-15',
        '2026-10-14 10:30',
        '2026-10-15 12:00',
      ],
    ];
    // An export that masks its customers' phones still has its phone column.
    expect(recogniseSheet('投诉工单', orders).layout?.headers.联系电话).toBe('客户手机号');
    expect(profileColumn(['138****5678', '0912-***-678', '+852 ****4567']).phone).toBe(1);
  });

  it('never reads a column of yeses and noes (二次投訴: 是, 否) as what anyone said', () => {
    const cases = [
      ['個案編號', '來源', '狀態', '姓名', '電話', '意見內容', '二次投訴', '處理人員', '提交時間'],
      [
        'FB-2610-0031',
        'QR',
        '處理中',
        '陳大文',
        '61234567',
        '大堂冷氣機滴水，地面濕滑',
        '否',
        '李主任',
        '2026-10-12 09:15',
      ],
      [
        'FB-2610-0034',
        'QR',
        '已完成',
        '黃美玲',
        '92345678',
        '升降機按鈕失靈已兩日',
        '否',
        '李主任',
        '2026-10-13 18:40',
      ],
      [
        'FB-2610-0040',
        'QR',
        '處理中',
        '張志強',
        '53456789',
        '上次反映的噪音問題仍未解決',
        '是',
        '何經理',
        '2026-10-15 11:02',
      ],
    ];
    const layout = recogniseSheet('投訴個案', cases).layout;
    expect(layout?.kind).toBe('complaints');
    expect(layout?.headers.投诉内容).toBe('意見內容');
  });

  it('never reads an SLA’s name as the customer', () => {
    expect(readHeader('SLA Name').get('complaints')?.field.key).not.toBe('客户姓名');
    expect(readHeader('Customer Name').get('complaints')?.field.key).toBe('客户姓名');
  });

  it('finds the header anywhere in the first 30 rows, and no further', () => {
    const header = ['日期', '姓名', '规则代码', '分值', '金额'];
    const preamble = Array.from({ length: 29 }, (_, i) => [`填表说明 ${i + 1}：…`]);
    expect(recogniseSheet('Sheet1', [...preamble, header]).layout?.headerRow).toBe(30);
    expect(recogniseSheet('Sheet1', [...preamble, [''], header]).layout).toBeUndefined();
  });
});

describe('what a fresh folder (held-out-27) taught', () => {
  it('reads a column of posts as the roster’s post under any header, and no column of names as one', () => {
    const rows = [
      ['Status', 'Employee #', 'First Name', 'Last Name', 'Title', 'Department', 'Hire Date'],
      ['Active', 1012, 'Danielle', 'Okafor', 'Customer Care Manager', 'Customer Care', '2022-03-14'],
      ['Active', 1027, 'Kevin', 'Tran', 'Team Lead - Customer Care', 'Customer Care', '2022-10-03'],
      ['Active', 1044, 'Priya', 'Sandhu', 'Customer Service Representative', 'Customer Care', '2024-01-09'],
      [
        'Terminated',
        1051,
        'Marco',
        'Bellini',
        'Customer Service Representative',
        'Customer Care',
        '2024-06-17',
      ],
    ];
    const layout = recogniseSheet('export_employee', rows).layout;
    expect(layout?.kind).toBe('roster');
    expect(layout?.columns['岗位']).toBe(4);
    expect(profileColumn(['客服专员', '售后主管', '质检员', '组长']).role).toBe(1);
    expect(profileColumn(['张伟', '李娜', 'Kevin Tran', 'Priya Sandhu']).role).toBe(0);
  });

  it('reads a service centre’s repair report that names the device, not its owner, as an after-sales log', () => {
    const header = [
      'Booked date',
      'Ticket',
      'Model',
      'Engineer',
      'Fault',
      'SN',
      'Status',
      'Parts requested date',
      'Completed date',
    ];
    const rows = [
      header,
      [
        '2026-02-23 08:41:17',
        1283406,
        'SM-A556E/DS',
        'Thabo Mokoena',
        'Display cracked after drop, touch dead',
        'R5CX40ABK2M',
        'Complete',
        '2026-02-23 10:10:51',
        '2026-02-24 14:21:09',
      ],
      [
        '2026-02-23 09:12:05',
        1283419,
        'SM-S921B/DS',
        'Lerato Dlamini',
        'No power, not charging with its charger',
        'R5CW91QZT7J',
        'QC',
        '',
        '',
      ],
      [
        '2026-02-24 10:47:39',
        1283477,
        'SM-A155F/DSN',
        'Thabo Mokoena',
        'Liquid damage, speaker distorted badly',
        'R9TX2058LPE',
        'Parts',
        '2026-02-24 13:20:44',
        '',
      ],
    ];
    const layout = recogniseSheet('report_1772610004512', rows).layout;
    expect(layout?.kind).toBe('registration');
    // Booked is when the job came in, not when parts were asked for.
    expect(layout?.columns['登记日期']).toBe(0);
    expect(layout?.columns['产品序列号']).toBe(5);
    // Without the fault it is a list of devices: nobody's case.
    const devices = rows.map((r) => [r[1], r[2], r[5], r[0]]);
    expect(recogniseSheet('Sheet1', devices).layout).toBeUndefined();
  });

  it('profiles a month and day without a year (10月13日) as dates, so a platform’s posting time is when the complaint came', () => {
    expect(profileColumn(['10月13日', '10月14日 09:30', '11月2日']).date).toBe(1);
    expect(profileColumn(['3/5', '4/5', '2/5']).date).toBe(0);
    const rows = [
      ['序号', '发布时间', '投诉平台', '摘要', '等级', '处理过程描述'],
      [
        1,
        '10月13日',
        '黑猫投诉',
        '课程退费申请提交两周无人处理，要求全额退款',
        '高',
        '已联系学员，承诺三个工作日内退款',
      ],
      [2, '10月14日', '黑猫投诉', '老师多次迟到，课程质量差，要求更换老师', '中', '已安排更换授课老师'],
      [3, '10月16日', '12315', '宣传与实际课程内容不符，要求退还差价', '高', '核实中'],
    ];
    expect(recogniseSheet('sheet', rows).layout?.columns['投诉时间']).toBe(1);
  });
});

describe('what a fresh folder (held-out-28) taught', () => {
  it('reads points against a staff number as a ledger, and a customer’s points as nobody’s', () => {
    const rows = [
      ['Entry ID', 'Employee ID', 'Last Name', 'First Name', 'Point Date', 'Point', 'Reason', 'Note'],
      [318, 1027, 'Castillo', 'Renee', '2025-06-16', 1, 'Absence', 'Called out sick, no PTO available'],
      [396, 1027, 'Castillo', 'Renee', '2025-09-01', -1, '2 Month Rolloff', ''],
      [
        447,
        1031,
        'Okoro',
        'Daniel',
        '2025-09-22',
        0.5,
        'Tardy/Early Leave',
        'Clocked in 9:18 for 9:00 queue start',
      ],
    ];
    const layout = recogniseSheet('point_history_report_20251103', rows).layout;
    expect(layout?.kind).toBe('ledger');
    expect(layout?.columns['分值']).toBe(5);
    expect(layout?.columns['日期']).toBe(4);
    const members = rows.map((r, i) =>
      i === 0
        ? ['Entry ID', 'Member No', 'Last Name', 'First Name', 'Point Date', 'Point', 'Reason', 'Note']
        : r,
    );
    expect(recogniseSheet('point_history_report_20251103', members).layout).toBeUndefined();
  });

  it('reads points kept as a ledger: 积分时间 is its date, 积分理由 its reason, 积分项目 its rule', () => {
    for (const [header, field] of [
      ['积分时间', '日期'],
      ['积分理由', '奖惩事由'],
      ['积分人', '姓名'],
      ['奖惩项目', '规则代码'],
    ] as const)
      expect(readHeader(header).get('ledger')?.field.key).toBe(field);
  });

  it('reads a council’s constituent cases by their work words: OPENDATE came in, COMPLAINT_TYPE sorts them', () => {
    const rows = [
      ['UNIQUE_KEY', 'ACCOUNT', 'OPENDATE', 'COMPLAINT_TYPE', 'DESCRIPTOR', 'ZIP', 'BOROUGH', 'CLOSEDATE'],
      [
        'NYCC33261184',
        'NYCC33',
        '02/02/2026',
        'Housing and Buildings',
        'Heat/Hot Water',
        '11201',
        'Brooklyn',
        '02/05/2026',
      ],
      [
        'NYCC33261185',
        'NYCC33',
        '02/02/2026',
        'Sanitation',
        'Missed Collection',
        '11205',
        'Brooklyn',
        '02/09/2026',
      ],
      [
        'NYCC33261191',
        'NYCC33',
        '02/04/2026',
        'Transportation',
        'Pot Holes',
        '11222',
        'Brooklyn',
        '02/20/2026',
      ],
    ];
    const layout = recogniseSheet('NYC_Council_Constituent_Services_20260220', rows).layout;
    expect(layout?.kind).toBe('complaints');
    expect(layout?.columns['投诉时间']).toBe(2);
    expect(layout?.columns['结案时间']).toBe(7);
  });

  it('takes a sheet named for customers’ satisfaction as their survey, and a customer’s attitude for no name', () => {
    const rows = [
      ['id', 'Score', 'Assignee', 'Created', 'Comment'],
      [48211, 'good', 'Megan Ortiz', '3/2/2026', 'Quick fix on the billing issue, thanks Megan!'],
      [48230, 'bad', 'Derek Lin', '3/2/2026', 'Had to explain the same problem three times.'],
      [48194, 'good', 'Megan Ortiz', '3/3/2026', 'Sorted within the hour, great service.'],
    ];
    expect(recogniseSheet('satisfaction_ratings', rows).layout?.kind).toBe('callbacks');
    expect(recogniseSheet('Sheet1', rows).layout).toBeUndefined();
    expect(readHeader('客户态度').get('callbacks')?.field.key).not.toBe('客户姓名');
  });

  it('names a staff list by a collection word after its people (Agent List, Employee Data), not a schedule', () => {
    const rows = [
      ['Name', 'Status', 'Start Date'],
      ['Tanvir Ahmed', 'Active', '2024-11-03'],
      ['Nusrat Jahan', 'Active', '2025-01-05'],
      ['Rakibul Islam', 'Left', '2025-02-02'],
    ];
    expect(recogniseSheet('Agent List', rows).layout?.kind).toBe('roster');
    expect(recogniseSheet('Employee Data', rows).layout?.kind).toBe('roster');
    expect(recogniseSheet('Staff schedule', rows).layout).toBeUndefined();
  });
});

describe('what a fresh folder (held-out-29) taught', () => {
  it('takes an asset intake form (model, serial, warranty, a description of the item) for no after-sales log', () => {
    const header = [
      'Timestamp',
      'Category',
      'Name / Description',
      'Manufacturer',
      'Model',
      'Serial Number',
      'Assigned To',
      'Status',
      'Purchase Date',
      'Warranty Expiry',
    ];
    const rows = [
      header,
      [
        '10/5/2026 11:20:14',
        'Personal Computer',
        'Lenovo ThinkPad for new hire',
        'Lenovo',
        'ThinkPad T14 Gen 5',
        'PF4XK2N7',
        'Ananya Rao',
        'In Use',
        '9/28/2026',
        '9/27/2029',
      ],
      [
        '10/12/2026 15:03:47',
        'Monitor',
        '27 inch monitor for the CAD desk',
        'Dell',
        'P2723QE',
        'CN0H9T2K7420',
        'Vikram Shetty',
        'In Use',
        '10/1/2026',
        '9/30/2029',
      ],
      [
        '10/20/2026 09:41:02',
        'Laptop',
        'MacBook Air for the design intern',
        'Apple',
        'MacBook Air M3',
        'C02XK1ZJQ6L4',
        'Meera Iyer',
        'In Stock',
        '10/18/2026',
        '10/17/2027',
      ],
    ];
    expect(recogniseSheet('Hardware', rows).layout).toBeUndefined();
    // The same form asking what went wrong is a repair request.
    const asked = rows.map((r, i) =>
      i === 0 ? header.map((h) => (h === 'Name / Description' ? 'Fault' : h)) : r,
    );
    expect(recogniseSheet('Hardware', asked).layout?.kind).toBe('registration');
  });

  it('takes an order export whose buyers left messages for no after-sales log', () => {
    const rows = [
      [
        '客户网名',
        '订单编号',
        '收件人',
        '收货地址',
        '收件人手机',
        '发货时间',
        '付款时间',
        '买家留言',
        '客服备注',
        '货品名称',
        '商家编码',
        '店铺',
        '订单类型',
      ],
      [
        'tb6628419_2011',
        'JY202610120045',
        '陈思远',
        '广东省深圳市南山区科技南十二路28号1502',
        '13760218845',
        '2026-10-12 17:40:22',
        '2026-10-12 09:15:07',
        '',
        '赠滤网1个',
        '净尔手持无线吸尘器D-531 灰色',
        'D-531-G',
        '净尔电器天猫旗舰店',
        '网店销售',
      ],
      [
        'jd_4f81a0c7d2',
        'JY202610120118',
        '何静',
        '江苏省南京市鼓楼区汉中门大街301号906',
        '15951864402',
        '2026-10-12 18:02:51',
        '2026-10-12 11:48:36',
        '周末收货',
        '',
        '净尔除螨仪CM-300 家用床上紫外线除螨',
        'CM-300',
        '净尔电器京东自营旗舰店',
        '网店销售',
      ],
      [
        'pdd_71302945',
        'JY202610130007',
        '刘洋',
        '浙江省杭州市西湖区文三路90号',
        '18867120953',
        '2026-10-13 10:12:40',
        '2026-10-13 08:03:11',
        '请尽快发货',
        '',
        '净尔手持无线吸尘器D-531 白色',
        'D-531-W',
        '净尔电器拼多多店',
        '网店销售',
      ],
    ];
    expect(recogniseSheet('Sheet1', rows).layout).toBeUndefined();
    // Say a return in it and it is an after-sales case again.
    const returns = rows.map((r, i) => (i === 0 ? r.map((h) => (h === '买家留言' ? '退货原因' : h)) : r));
    expect(recogniseSheet('Sheet1', returns).layout?.kind).toBe('registration');
  });

  it('reads how many calls as a count, never a phone to call', () => {
    expect(readHeader('电话数量').get('complaints')).toBeUndefined();
    expect(readHeader('电话').get('complaints')?.field.key).toBe('联系电话');
  });
});

describe('where the rules learnt this session stop (a review’s sheets)', () => {
  it('keeps a contact’s phone beside the equipment a phone', () => {
    const rows = [
      ['报修单号', '设备型号', '设备联系人', '设备联系人电话', '故障描述', '维修人', '处理结果'],
      ['BX2610001', 'KX-200', '王建国', '13812345678', '开机无显示，电源灯不亮', '李师傅', '更换电源板'],
      ['BX2610002', 'KX-300', '赵敏', '13987654321', '运行时异响明显', '张师傅', '紧固风扇'],
      ['BX2610003', 'KX-200', '孙丽', '13700001111', '无法联网，提示网络错误', '李师傅', '重置网卡'],
    ];
    const layout = recogniseSheet('Sheet1', rows).layout;
    expect(layout?.kind).toBe('registration');
    expect(layout?.columns['客户电话']).toBe(3);
  });

  it('takes a factory’s defect log, which nobody repaired for a customer, for no after-sales log', () => {
    const rows = [
      ['检验日期', '产线', '产品型号', '序列号', '故障描述', '检验员', '处理结果'],
      ['2026-10-12', 'A线', 'KX-200', 'SN2610120001', '外壳划伤', '周检', '返工'],
      ['2026-10-12', 'B线', 'KX-300', 'SN2610120017', '按键失灵', '周检', '报废'],
      ['2026-10-13', 'A线', 'KX-200', 'SN2610130004', '屏幕坏点', '吴检', '返工'],
    ];
    expect(kindOf('不良品记录', rows)).toBeUndefined();
  });

  it('takes a member list’s occupations for no staff posts, and money against a staff number for no ledger', () => {
    const members = [
      ['会员编号', '姓名', '性别', '职业', '手机', '入会日期'],
      ['M0001', '王芳', '女', '工程师', '13812345678', '2026-01-05'],
      ['M0002', '李强', '男', '销售经理', '13987654321', '2026-02-11'],
      ['M0003', '陈静', '女', '财务主管', '13700001111', '2026-03-20'],
    ];
    expect(kindOf('会员名单', members)).toBeUndefined();
    const expenses = [
      ['工号', '姓名', '部门', '报销事由', '报销金额', '日期'],
      ['E1001', '张伟', '客服部', '出差交通费', 320, '2026-10-08'],
      ['E1002', '李娜', '售后部', '客户拜访餐费', 186, '2026-10-09'],
      ['E1003', '王磊', '客服部', '培训报名费', 500, '2026-10-12'],
    ];
    expect(kindOf('报销登记', expenses)).toBeUndefined();
  });

  it('takes a production work-order list for no after-sales log, and keeps a service-ticket log a complaint log', () => {
    const production = [
      ['Work Order No', 'Customer', 'Product', 'Qty', 'Open Date', 'Due Date', 'Status', 'Supervisor'],
      [
        'WO-26-0412',
        'Acme Tools',
        'Bracket B-20',
        500,
        '2026-10-01',
        '2026-10-15',
        'In Progress',
        'Dana Lee',
      ],
      ['WO-26-0413', 'Brightline', 'Hinge H-7', 1200, '2026-10-02', '2026-10-20', 'Released', 'Omar Khan'],
      ['WO-26-0414', 'Acme Tools', 'Bracket B-22', 300, '2026-10-03', '2026-10-18', 'Closed', 'Dana Lee'],
    ];
    expect(kindOf('Sheet1', production)).toBeUndefined();
    const tickets = [
      ['Service Ticket', 'Customer Name', 'Email', 'Issue', 'Agent', 'Status', 'Date Opened', 'Date Closed'],
      [
        'ST-1042',
        'Maria Lopez',
        'maria@example.com',
        'Charged twice for the October invoice',
        'Ken Ito',
        'Closed',
        '2026-10-02',
        '2026-10-04',
      ],
      [
        'ST-1043',
        'Tom Reed',
        'tom@example.com',
        'Parcel marked delivered but never arrived',
        'Ana Diaz',
        'Open',
        '2026-10-03',
        '',
      ],
      [
        'ST-1044',
        'Li Wei',
        'li.wei@example.com',
        'Refund promised last week still missing',
        'Ken Ito',
        'Closed',
        '2026-10-05',
        '2026-10-09',
      ],
    ];
    expect(kindOf('Sheet1', tickets)).not.toBe('registration');
  });

  it('keeps an after-sales log numbered by its orders one when it says what was done', () => {
    const rows = [
      ['订单编号', '客户姓名', '联系电话', '产品名称', '问题说明', '处理情况', '日期'],
      [
        'DD2610120031',
        '林小雨',
        '13812345678',
        '电热水壶 K-15',
        '底座接触不良，时通时断',
        '已换新机',
        '2026-10-12',
      ],
      [
        'DD2610120057',
        '陈思远',
        '13987654321',
        '吸尘器 D-531',
        '吸力明显下降',
        '寄回检修，更换滤网',
        '2026-10-13',
      ],
      ['DD2610130012', '王可', '13700001111', '加湿器 H-3', '漏水', '已退款', '2026-10-14'],
    ];
    expect(kindOf('Sheet1', rows)).toBe('registration');
  });
});

describe('what a fresh folder (held-out-30) taught', () => {
  it('takes a bill of materials (purchase date, serial, model, a description of the item) for no after-sales log', () => {
    const rows = [
      [
        'Purchase Date',
        'Name',
        'Description',
        'Manufacturer',
        'Serial Number',
        'Model Number',
        'Quantity',
        'Price',
      ],
      [
        '2024-02-19',
        'Reception laptop',
        'Front desk, check-in and invoicing',
        'Lenovo',
        'PF3X8K2L',
        'ThinkPad E14 Gen 5',
        1,
        849,
      ],
      [
        '2023-09-04',
        'Label printer',
        'Prints intake labels for customer devices',
        'Brother',
        'E9Z204871',
        'QL-820NWB',
        1,
        229.99,
      ],
      [
        '2024-06-11',
        'Bench multimeter',
        'Used on the repair bench for diagnostics',
        'Fluke',
        '48190022',
        '87V',
        1,
        419,
      ],
    ];
    expect(recogniseSheet('bill-of-materials', rows).layout).toBeUndefined();
    // The same columns naming a fault are a repair log.
    const faults = rows.map((r, i) => (i === 0 ? r.map((h) => (h === 'Description' ? 'Fault' : h)) : r));
    expect(recogniseSheet('bill-of-materials', faults).layout?.kind).toBe('registration');
  });
});

describe('where the last rules stop (a second review’s sheets)', () => {
  it('keeps a minimal repair log with a bare description an after-sales log, and a courier’s exception log none', () => {
    const repairs = [
      ['Customer', 'Phone', 'Product', 'Serial Number', 'Description', 'Date'],
      [
        'Ruth Ellis',
        '+44 7700 900123',
        'Dyson V11',
        'SV14-GB-8820',
        'Stops after ten seconds, red light flashing',
        '2026-10-02',
      ],
      [
        'Omar Said',
        '+44 7700 900456',
        'Dyson V8',
        'SV10-GB-1173',
        'Battery will not hold a charge any more',
        '2026-10-03',
      ],
      [
        'Jo Park',
        '+44 7700 900789',
        'Dyson V15',
        'SV22-GB-0418',
        'Brush bar does not spin on carpet',
        '2026-10-05',
      ],
    ];
    expect(kindOf('Sheet1', repairs)).toBe('registration');
    const exceptions = [
      ['订单号', '快递单号', '收件人', '联系电话', '商品名称', '异常原因', '登记日期', '处理状态'],
      [
        'DD2610120031',
        'SF1413820067451',
        '陈思远',
        '13760218845',
        '手持吸尘器',
        '地址不详',
        '2026-10-12',
        '处理中',
      ],
      [
        'DD2610120057',
        'JDVA20771534108',
        '何静',
        '15951864402',
        '除螨仪',
        '电话关机',
        '2026-10-13',
        '已处理',
      ],
      ['DD2610130012', 'YT7712093345120', '刘洋', '18867120953', '加湿器', '拒收', '2026-10-14', '已处理'],
    ];
    expect(kindOf('异常件', exceptions)).toBeUndefined();
  });

  it('reads posts on a sheet named for staff, the customer’s phone model as the product, and a document number as no phone', () => {
    const agents = [
      ['Name', 'Title', 'Email', 'Extension'],
      ['Hannah Brooks', 'Customer Service Representative', 'h.brooks@example.com', 201],
      ['Omar Haddad', 'Team Lead - Support', 'o.haddad@example.com', 202],
      ['Lucía Fernández', 'Customer Service Representative', 'l.fernandez@example.com', 203],
    ];
    const roster = recogniseSheet('Agents', agents).layout;
    expect(roster?.kind).toBe('roster');
    expect(roster?.columns['岗位']).toBe(1);
    expect(readHeader('客户手机型号').get('registration')?.field.key).toBe('产品型号');
    const complaints = [
      ['单据', '日期', '客户', '投诉内容', '状态'],
      [4001234567, '2026-10-02', '王芳', '送货延误三天，客服电话一直占线', '已结案'],
      [4001234568, '2026-10-03', '李强', '收到的商品外包装破损，要求换货', '处理中'],
      [4001234571, '2026-10-05', '陈静', '退款承诺三天到账，一周仍未收到', '已结案'],
    ];
    expect(recogniseSheet('投诉登记', complaints).layout?.columns['联系电话']).toBeUndefined();
  });
});

describe('what recurs across folders (each rule missed sheets in several)', () => {
  it('reads a thin staff list (names and posts beside a staff number) as a roster', () => {
    const withNumbers = [
      ['员工工号', '姓名', '性别', '岗位', '手机', '邮箱'],
      ['KF0101', '钱雅婷', '女', '客服主管', '13857126630', 'qianyt@example.com'],
      ['KF0107', '顾晓峰', '男', '售前客服', '15068120937', 'guxf@example.com'],
      ['KF0112', '沈佳琪', '女', '售后客服', '13967182204', 'shenjq@example.com'],
    ];
    expect(kindOf('Sheet1', withNumbers)).toBe('roster');
    const english = [
      ['First Name', 'Last Name', 'Email', 'Job Title', 'Employee Number', 'Company'],
      ['Megan', 'Duarte', 'mduarte@example.com', 'Customer Support Team Lead', '100218', 'Brightline Home'],
      ['Tyrone', 'Bishop', 'tbishop@example.com', 'Customer Support Agent II', '100233', 'Brightline Home'],
      ['Lena', 'Ortiz', 'lortiz@example.com', 'Customer Support Agent I', '100241', 'Brightline Home'],
    ];
    expect(kindOf('users', english)).toBe('roster');
    const withRecordStamps = [
      ['员工编码', '姓名', '部门名称', '岗位名称', '创建时间'],
      ['KF0101', '刘阳', '客服部', '客服主管', '2024-04-27 10:16:08'],
      ['KF0107', '赵敏', '客服部', '售后客服', '2024-05-06 09:02:41'],
      ['KF0112', '孙浩', '客服部', '售前客服', '2024-05-06 09:05:12'],
    ];
    expect(kindOf('sheet1', withRecordStamps)).toBe('roster');
  });

  it('takes no list of people without a staff number, nor a sheet about the staff, for a thin roster (a review’s sheets)', () => {
    // A department and a post alone are any contact list's: one client's contacts, a hospital's doctors.
    const contacts = [
      ['姓名', '部门', '职务', '手机', '邮箱'],
      ['林海', '采购部', '采购经理', '13811112222', 'linhai@crv.example'],
      ['周琳', '财务部', '会计', '13922223333', 'zhoulin@crv.example'],
      ['吴昊', '门店运营部', '区域经理', '13633334444', 'wuhao@crv.example'],
    ];
    expect(kindOf('华润万家对接人', contacts)).toBeUndefined();
    const doctors = [
      ['姓名', '科室', '职称', '擅长'],
      ['张伟', '心内科', '主任医师', '冠心病、高血压'],
      ['刘芳', '妇产科', '副主任医师', '高危妊娠'],
      ['陈晨', '骨科', '主治医师', '运动损伤'],
    ];
    expect(kindOf('专家介绍', doctors)).toBeUndefined();
    // With staff numbers, a sheet about each one (pay, grades, their emergency contacts) is no roster.
    const staff = (extra: string[], values: (string | number)[][]) => [
      ['工号', '姓名', '部门', '岗位', ...extra],
      ['KF001', '李佳怡', '客服部', '售后客服', ...(values[0] ?? [])],
      ['KF002', '王浩', '客服部', '售前客服', ...(values[1] ?? [])],
      ['KF003', '赵琳', '客服部', '客服主管', ...(values[2] ?? [])],
    ];
    const pay = staff(
      ['基本工资', '绩效工资'],
      [
        [4200, 1350],
        [3900, 980],
        [6800, 2100],
      ],
    );
    expect(kindOf('Sheet1', pay)).not.toBe('roster');
    const grades = staff(
      ['考核等级', '评语'],
      [
        ['A', '响应及时'],
        ['C', '转化偏低'],
        ['B', ''],
      ],
    );
    expect(kindOf('2026Q3考核', grades)).not.toBe('roster');
    const emergency = staff(
      ['紧急联系人', '关系', '紧急联系电话'],
      [
        ['李建国', '父亲', '13900001111'],
        ['王丽', '配偶', '13900002222'],
        ['赵军', '兄弟', '13900003333'],
      ],
    );
    expect(kindOf('Sheet1', emergency)).not.toBe('roster');
  });

  it('takes no contact list, attendance export or ledger with staff numbers and posts for a thin roster', () => {
    const contacts = [
      ['Name', 'Job Title', 'Department', 'Company', 'Email'],
      ['Ann Lee', 'Purchasing Manager', 'Procurement', 'Acme Foods', 'ann@acme.example'],
      ['Bo Chan', 'IT Director', 'IT', 'Lumen Hotels', 'bo@lumen.example'],
      ['Cy Roy', 'Office Manager', 'Admin', 'Delta Clinics', 'cy@delta.example'],
    ];
    expect(kindOf('Sheet1', contacts)).toBeUndefined();
    const clients = [
      ['客户姓名', '职务', '所在部门', '电话'],
      ['林海', '采购经理', '采购部', '13811112222'],
      ['周琳', '行政主管', '行政部', '13922223333'],
      ['吴昊', '总经理', '总经办', '13633334444'],
    ];
    expect(kindOf('Sheet1', clients)).toBeUndefined();
    const attendance = [
      ['姓名', '考勤组', '部门', '工号', '职位', '日期', '上班1打卡时间', '下班1打卡时间'],
      ['吴倩', '客服组', '客服部', 'KF012', '售后客服', '2026-09-21', '08:52', '18:06'],
      ['李响', '客服组', '客服部', 'KF015', '售前客服', '2026-09-21', '08:57', '18:11'],
      ['王珂', '客服组', '客服部', 'KF019', '客服主管', '2026-09-21', '08:41', '18:30'],
    ];
    expect(kindOf('每日汇总', attendance)).toBeUndefined();
    const bonuses = [
      ['工号', '员工姓名', '考核依据', '金额', '员工岗位', '所属部门'],
      ['KF0012', '何佳怡', '10月客服之星', 500, '售后客服', '客服中心'],
      ['KF0027', '陈子豪', '差评追责通报', -200, '售前客服', '客服中心'],
      ['KF0031', '许薇', '10月客服之星', 300, '售后客服', '客服中心'],
    ];
    expect(kindOf('特定绩效2026-10', bonuses)).not.toBe('roster');
  });

  it('reads a shop’s after-sales export that names its buyer by account (用户ID) as an after-sales log', () => {
    const rows = [
      ['售后编号', '订单ID', '用户ID', '售后类型', '退款原因', '退款价格', '申请时间'],
      ['20261009418263', 1187, 356, '退货退款', '电饭煲内胆涂层起皮，要求退货', 299, '2026-10-09 15:42:12'],
      ['20261010095127', 1196, 1189, '仅退款', '拍错颜色了，还没发货', 89.9, '2026-10-10 08:17:40'],
      ['20261011337752', 1203, 2214, '换货', '保温杯杯盖螺纹有裂，拧不紧会漏水', 59, '2026-10-11 19:03:26'],
    ];
    expect(kindOf('SheetJS', rows)).toBe('registration');
    // The same shop's order export, which numbers its buyers the same way, stays unread.
    const orders = [
      ['订单ID', '订单编号', '用户ID', '订单状态', '商品名称', '下单时间'],
      [1208, '20261011385920', 356, '已发货', '电饭煲', '2026-10-11 09:12:40'],
      [1209, '20261011602417', 1189, '待发货', '保温杯', '2026-10-11 10:31:05'],
      [1210, '20261011718830', 2214, '已完成', '空气炸锅', '2026-10-11 11:47:52'],
    ];
    expect(kindOf('SheetJS', orders)).toBeUndefined();
    // An order export with an after-sales status, and a device's alerts, number their customers too.
    const ordersWithRefunds = [
      ['订单ID', '用户ID', '商品名称', '实付金额', '订单状态', '售后状态', '下单时间'],
      [1187, 356, '电饭煲', 299, '已完成', '退款成功', '2026-10-09 15:42:12'],
      [1196, 1189, '保温杯', 89.9, '已完成', '', '2026-10-10 08:17:40'],
      [1203, 2214, '空气炸锅', 459, '已发货', '售后中', '2026-10-11 19:03:26'],
    ];
    expect(kindOf('SheetJS', ordersWithRefunds)).toBeUndefined();
    const alerts = [
      ['Alert ID', 'Device Serial', 'Customer ID', 'Model', 'Alert Type', 'Message', 'Raised At', 'State'],
      [1, 'SN2031001', 88201, 'X3', 'Offline', 'Device offline > 24h', '2026-10-02 08:00', 'Open'],
      [2, 'SN2031044', 88214, 'X3', 'Battery', 'Battery below 10%', '2026-10-02 09:12', 'Closed'],
      [3, 'SN2031102', 88230, 'X5', 'Offline', 'Device offline > 24h', '2026-10-03 11:40', 'Open'],
    ];
    expect(kindOf('Sheet1', alerts)).not.toBe('registration');
  });
});

describe('what a fresh folder (held-out-31) taught', () => {
  it('takes a phone system’s log of every call (Outbound Call to…, Inbound Call from…) for no callbacks', () => {
    const calls = [
      ['ID', 'Subject', 'Contact name', 'Notes', 'Phone', 'Start time', 'Direction', 'Call Result'],
      [
        2,
        'Outbound Call to Megan Hughes',
        'Megan Hughes',
        'Asked about her policy',
        '+16175550142',
        '2026-10-05T14:03:12.000Z',
        'Outbound',
        'Call connected',
      ],
      [
        3,
        'Outbound Call to Daniel Ortiz',
        'Daniel Ortiz',
        'Left VM.',
        '+16175550187',
        '2026-10-05T14:15:01.000Z',
        'Outbound',
        'Voicemail',
      ],
      [
        4,
        'Inbound Call from Priya Nair',
        'Priya Nair',
        'Wants to change her address',
        '+18575550163',
        '2026-10-05T16:42:27.000Z',
        'Inbound',
        'Accepted',
      ],
      [
        5,
        'Outbound Call to Tom Fletcher',
        'Tom Fletcher',
        'No answer. Try again Tue.',
        '+16175550199',
        '2026-10-06T09:12:44.000Z',
        'Outbound',
        'No Answer',
      ],
    ];
    expect(kindOf('Call Logs', calls)).toBeUndefined();
    // Follow-ups named in every subject, and no call taken among them, are still a callback log.
    const followUps = calls.map((row, i) =>
      i === 0 ? row : [row[0] ?? '', `Follow-up call to ${row[2]} after repair`, ...row.slice(2)],
    );
    expect(kindOf('Call Logs', followUps)).toBe('callbacks');
    // A customer returning a missed follow-up is one call taken among them: still a callback log.
    const returned = followUps.map((row, i) =>
      i === 3
        ? [row[0] ?? '', 'Inbound call from Priya Nair (returned our follow-up)', ...row.slice(2)]
        : row,
    );
    expect(kindOf('Call Logs', returned)).toBe('callbacks');
  });

  it('takes a software team’s defect list (用例) for no complaint log, and keeps a helpdesk’s tickets by module', () => {
    const defects = [
      [
        '缺陷id',
        '用例编号',
        '所属模块',
        '缺陷摘要',
        '缺陷详细描述',
        '严重程度',
        '状态',
        '发现者',
        '发现日期',
        '指派给',
      ],
      [
        1021,
        3057,
        '订单管理',
        '优惠券金额未扣减',
        '用例3057：选择满100减20优惠券后提交订单，应付金额不变',
        '严重',
        '待解决',
        '刘晓燕',
        '2024-05-08',
        '支付组',
      ],
      [
        1022,
        3061,
        '售后退款',
        '图片上传超过3张时页面卡死',
        '用例3061：上传4张图片，页面无响应，无提示',
        '一般',
        '待测试',
        '刘晓燕',
        '2024-05-08',
        '前端组',
      ],
      [
        1023,
        2988,
        '会员中心',
        '积分明细时间显示为UTC',
        '用例2988：查看积分明细，时间与北京时间相差8小时',
        '轻微',
        '已关闭',
        '王强',
        '2024-05-09',
        '后端组',
      ],
    ];
    expect(kindOf('缺陷数据', defects)).toBeUndefined();
    // The same columns with the customer who raised each one are a complaint log again.
    const raised = defects.map((row, i) => [
      ...row,
      i === 0 ? '客户姓名' : (['赵敏', '孙浩', '周琳'][i - 1] as string),
    ]);
    expect(kindOf('缺陷数据', raised)).toBe('complaints');
    // A helpdesk's tickets by the product's module are still complaints: a module is any product's.
    const tickets = [
      ['Ticket #', 'Requester Email', 'Module', 'Description', 'Severity', 'Status', 'Agent', 'Date Opened'],
      [
        'T-1001',
        'ann@acme.example',
        'Billing',
        'Invoice shows the wrong VAT rate since the upgrade',
        'High',
        'Open',
        'Sam Lee',
        '2026-10-02',
      ],
      [
        'T-1002',
        'bo@lumen.example',
        'Reports',
        'Monthly report export times out after two minutes',
        'Medium',
        'Resolved',
        'Ivy Chen',
        '2026-10-03',
      ],
      [
        'T-1003',
        'cy@delta.example',
        'Billing',
        'Charged twice for the October subscription',
        'High',
        'Closed',
        'Sam Lee',
        '2026-10-04',
      ],
    ];
    expect(kindOf('Sheet1', tickets)).toBe('complaints');
  });

  it('reads a client’s IP as no customer, who took a case on (接手) as who received it, and (预)/(实) as due and done', () => {
    const complaints = [
      ['投诉单号', '问题描述', '用户名', '投诉时间', '接手客服账号', '处理状态', '撤销客户端IP'],
      [
        'SC1001',
        '卖家收款后不发货，联系不上',
        '夜雨听风',
        '2026-03-02 21:14',
        'kf_zhao',
        '处理中',
        '113.45.2.18',
      ],
      ['SC1002', '账号交易后被找回，要求退款', '小橘子', '2026-03-03 09:47', 'kf_qian', '已处理', ''],
      ['SC1003', '买到的装备与描述不符', '老周', '2026-03-03 12:05', 'kf_zhao', '已处理', '61.140.8.77'],
    ];
    expect(fieldOf('投诉详情列表', complaints, '撤销客户端IP')).toBeNull();
    expect(fieldOf('投诉详情列表', complaints, '用户名')).toBe('客户姓名');
    expect(fieldOf('投诉详情列表', complaints, '接手客服账号')).toBe('受理人');
    const callbacks = [
      ['顾客', '手机', '回访人', '回访日期(预)', '回访时间(实)', '回访内容'],
      ['陈静', '139****2716', '李护士', '2026-10-12', '2026-10-12 15:20', '术后恢复良好，无红肿'],
      ['王芳', '138****5521', '李护士', '2026-10-13', '2026-10-14 10:05', '轻微淤青，已告知冷敷'],
      ['赵丽', '137****0934', '张护士', '2026-10-15', '', ''],
    ];
    expect(fieldOf('客户回访记录', callbacks, '回访日期(预)')).toBe('应回访日期');
    expect(fieldOf('客户回访记录', callbacks, '回访时间(实)')).toBe('实际回访时间');
    // A note saying how the column is written (工号) leaves its field; a client's contact window is the customer.
    const noted = [
      ['投诉编号', '客戶端窗口', '联系电话', '投诉时间', '投诉内容', '受理人(工号)', '处理状态'],
      ['TS001', '陈静', '13912342716', '2026-10-12 09:20', '空调安装后漏水，地板泡坏', 'KF012', '处理中'],
      ['TS002', '王芳', '13812345521', '2026-10-13 14:05', '师傅上门迟到两小时未通知', 'KF015', '已结案'],
      ['TS003', '赵丽', '13712340934', '2026-10-14 10:40', '退款三周未到账', 'KF012', '处理中'],
    ];
    expect(fieldOf('投诉登记', noted, '受理人(工号)')).toBe('受理人');
    expect(fieldOf('投诉登记', noted, '客戶端窗口')).toBe('客户姓名');
  });
});

describe('what a fresh folder (held-out-32) taught', () => {
  it('takes a bug list whose bugs have names (Bug名称, 用例Id) for no complaint log', () => {
    const bugs = [
      ['BugID', 'Bug名称', 'Bug描述', 'Bug优先级', 'Bug创建时间', 'Bug状态', '项目Id', '用例Id'],
      [
        1024,
        '登录页验证码不刷新',
        '点击验证码图片后图片不变化，需刷新整个页面',
        '高',
        '2022-06-13 10:21:05',
        '待处理',
        3,
        'TC-0341',
      ],
      [
        1025,
        '订单列表分页错误',
        '第二页数据与第一页重复，总条数显示不正确',
        '中',
        '2022-06-13 14:47:32',
        '处理中',
        3,
        'TC-0388',
      ],
      [
        1026,
        '导出Excel乱码',
        '导出的Excel中文列名显示为问号',
        '低',
        '2022-06-14 09:03:11',
        '已关闭',
        3,
        'TC-0402',
      ],
    ];
    expect(kindOf('Bug列表', bugs)).toBeUndefined();
  });

  it('takes a telemarketing list for no callbacks, whatever its tab is called, and keeps a survey asking one sales question', () => {
    const campaign = [
      ['任务号', '电话', '客户姓名', '是否营销成功', '办理套餐内容', '营销失败原因', '接通情况', '回访日期'],
      [31, '13814052276', '徐卫东', '是', '5G畅享129元套餐', '', '接通', '2026-11-05 14:02:17'],
      [31, '15996318840', '周婷婷', '否', '', '资费太贵', '接通', '2026-11-05 14:07:40'],
      [31, '13770512236', '吴刚', '否', '', '已有宽带合约', '未接通', '2026-11-05 14:12:05'],
    ];
    expect(kindOf('回访3', campaign)).toBeUndefined();
    const survey = [
      ['任务号', '电话', '客户姓名', '服务态度（满意/不满意）', '回访情况', '是否接受营销推荐', '回访日期'],
      [32, '13814052276', '徐卫东', '满意', '已回访，装机师傅准时', '否', '2026-11-06 10:02:17'],
      [32, '15996318840', '周婷婷', '不满意', '已回访，网速慢，已报障', '否', '2026-11-06 10:07:40'],
      [32, '13770512236', '吴刚', '满意', '已回访，无意见', '是', '2026-11-06 10:12:05'],
    ];
    expect(kindOf('回访2', survey)).toBe('callbacks');
  });

  it('prefers a plain phone to a second one, keeps S/N a row number beside a serial, reads 奖罚分 as points', () => {
    const calls = [
      ['任务号', '电话', '客户姓名', '第二联系方式', '服务态度（满意/不满意）', '回访情况', '回访日期'],
      [32, '13814052276', '徐卫东', '13900001111', '满意', '已回访，装机师傅准时', '2026-11-06 10:02:17'],
      [32, '15996318840', '周婷婷', '', '不满意', '已回访，网速慢，已报障', '2026-11-06 10:07:40'],
      [32, '13770512236', '吴刚', '13700002222', '满意', '已回访，无意见', '2026-11-06 10:12:05'],
    ];
    expect(fieldOf('回访2', calls, '电话')).toBe('联系电话');
    expect(fieldOf('回访2', calls, '第二联系方式')).toBeNull();
    const repairs = [
      ['S/N', 'Job No', 'Customer Name', 'Mobile', 'Product', 'Serial No', 'Problem', 'Engineer', 'Status'],
      [1, 'C-1101', 'Tan Ah Kow', '91234567', 'Aircon X2', 'SN20231187', 'Not cooling', 'Raj', 'Closed'],
      [2, 'C-1102', 'Lim Mei Ling', '92345678', 'Aircon X2', 'SN20231204', 'Water leaking', 'Raj', 'Open'],
      [
        3,
        'C-1103',
        'Siti Aminah',
        '93456789',
        'Fridge F5',
        'SN20240031',
        'Noisy compressor',
        'Kumar',
        'Open',
      ],
    ];
    // Across Singapore, Malaysia and India S/N numbers the rows: the serial is the Serial No.
    expect(fieldOf('Service Register', repairs, 'Serial No')).toBe('产品序列号');
    expect(fieldOf('Service Register', repairs, 'S/N')).not.toBe('产品序列号');
    const ledger = [
      ['员工姓名', '奖罚日期', '奖罚原因', '奖罚分'],
      ['李佳怡', '2026-10-03', '客户表扬', 2],
      ['王浩', '2026-10-05', '超时未回复', -3],
      ['赵琳', '2026-10-09', '差评', -5],
    ];
    expect(fieldOf('奖罚记录', ledger, '奖罚分')).toBe('分值');
  });

  it('holds against a second review’s sheets: trackers, refund bills, campaigns, staff lists', () => {
    const zentao = [
      ['Bug编号', '所属模块', 'Bug标题', '严重程度', '优先级', 'Bug状态', '由谁创建', '指派给', '创建日期'],
      [1021, '/订单/支付', '支付成功后订单状态未更新', 2, 1, '激活', '测试-王敏', '开发-李强', '2026-11-01'],
      [1022, '/订单/退款', '退款金额显示为负数', 3, 2, '已解决', '测试-王敏', '开发-赵磊', '2026-11-02'],
      [1023, '/会员/积分', '积分明细时间差8小时', 3, 3, '已关闭', '测试-陈晨', '开发-李强', '2026-11-03'],
    ];
    expect(kindOf('Sheet1', zentao)).toBeUndefined();
    const appBugs = [
      ['缺陷ID', '缺陷标题', '客户端版本', '严重程度', '状态', '测试用例', '提交人', '提交日期'],
      ['BUG-301', '首页轮播图不自动滚动', 'iOS 5.2.1', '一般', '待修复', 'TC-1101', '王敏', '2026-11-01'],
      ['BUG-302', '支付页闪退', 'Android 5.2.0', '严重', '修复中', 'TC-1107', '王敏', '2026-11-02'],
      ['BUG-303', '消息推送重复', 'iOS 5.2.1', '轻微', '已关闭', 'TC-1120', '陈晨', '2026-11-03'],
    ];
    expect(kindOf('Sheet1', appBugs)).toBeUndefined();
    const refundBill = [
      ['退款单号', '商户订单号', '用户ID', '退款金额', '退款状态', '退款成功时间'],
      ['RF2611010001', 'DD880012', 'u_39211', 299, '退款成功', '2026-11-01 10:02:11'],
      ['RF2611010002', 'DD880019', 'u_40122', 59.9, '退款成功', '2026-11-01 11:30:45'],
      ['RF2611020001', 'DD880033', 'u_39211', 129, '处理中', ''],
    ];
    expect(kindOf('Sheet1', refundBill)).not.toBe('registration');
    const taiwanCampaign = [
      ['任務編號', '電話', '客戶姓名', '是否行銷成功', '辦理方案', '行銷失敗原因', '接通情況', '回訪日期'],
      [31, '0912345678', '陳志明', '是', '5G 599方案', '', '接通', '2026-11-05 14:02:17'],
      [31, '0922345678', '林淑芬', '否', '', '資費太貴', '接通', '2026-11-05 14:07:40'],
      [31, '0932345678', '王建國', '否', '', '已有合約', '未接通', '2026-11-05 14:12:05'],
    ];
    expect(kindOf('回訪3', taiwanCampaign)).toBeUndefined();
    const installCallback = [
      [
        '工单号',
        '客户姓名',
        '联系电话',
        '装机满意度',
        '服务态度满意度',
        '营销推荐产品',
        '是否营销成功',
        '营销备注',
        '回访日期',
      ],
      ['ZJ1101', '徐卫东', '13814052276', '满意', '满意', '全屋WiFi', '是', '', '2026-11-05'],
      ['ZJ1102', '周婷婷', '15996318840', '不满意', '满意', '', '否', '不需要', '2026-11-05'],
      ['ZJ1103', '吴刚', '13770512236', '满意', '满意', '云存储', '否', '', '2026-11-06'],
    ];
    expect(kindOf('Sheet1', installCallback)).toBe('callbacks');
    const staff = [
      ['序号', '工号', '姓名', '部门', '岗位', '手机', '备注'],
      [1, 'KF001', '张敏', '客服部', '客服专员', '13812340001', ''],
      [2, 'KF002', '李强', '客服部', '客服组长', '13812340002', '兼培训'],
      [3, 'KF003', '王芳', '售后部', '售后工程师', '13812340003', '试用期'],
    ];
    expect(kindOf('Sheet1', staff)).toBe('roster');
    const signIn = staff.map((row, i) => [...row.slice(0, 5), i === 0 ? '签名' : '']);
    expect(kindOf('Sheet1', signIn)).toBeUndefined();
  });
});

describe('what a fresh folder (held-out-33) taught', () => {
  it('keeps a callback log named by its dialling (拨打时间, 拨打结果) one, and a planned dial (預定撥打) its due date', () => {
    // A rule that made 拨打 a callback's word only when planned lost these logs to a wrong kind
    // (a review's sheets); it is withdrawn, so a debt collector's dialled calls are taken again.
    const dialled = [
      ['序号', '客户姓名', '联系电话', '购买产品', '安装日期', '拨打时间', '拨打结果', '客户评价', '备注'],
      [1, '张丽', '13812345678', '燃气热水器JSQ30', '2026-03-01', '2026-03-08 10:12', '已接通', '满意', ''],
      [2, '王强', '13912345678', '壁挂炉L1PB26', '2026-03-02', '2026-03-09 14:30', '未接听', '', '明天再打'],
      [
        3,
        '李娜',
        '13712345678',
        '燃气热水器JSQ25',
        '2026-03-02',
        '2026-03-09 15:02',
        '已接通',
        '一般',
        '安装师傅迟到',
      ],
      [4, '赵敏', '13612345678', '净水器R5', '2026-03-03', '2026-03-10 09:40', '已接通', '满意', ''],
    ];
    expect(kindOf('Sheet1', dialled)).toBe('callbacks');
    const planned = [
      ['客戶姓名', '聯絡電話', '車型', '交車日期', '預定撥打', '回訪內容', '回訪人'],
      ['陳志明', '0912345678', 'JET SL', '2026-10-01', '2026-10-08', '車況正常，無異音', '林小姐'],
      ['林淑芬', '0922345678', 'VJR 125', '2026-10-02', '2026-10-09', '煞車略軟，已預約回廠', '林小姐'],
      ['王建國', '0932345678', 'JET SL', '2026-10-03', '2026-10-10', '', '張先生'],
    ];
    const layout = recogniseSheet('交車後回訪', planned).layout;
    expect(layout?.kind).toBe('callbacks');
    expect(layout?.columnInfo.find((c) => c.header === '預定撥打')?.field).toBe('应回访日期');
  });

  it('takes a questionnaire’s answers rating the after-sales service for no after-sales log', () => {
    // 问卷星's export of a bilingual survey: its questions speak of after-sales engineers and repairs.
    const answers: (string | number)[][] = [
      [
        '序号',
        '提交答卷时间',
        '所用时间',
        '来源',
        '来源详情',
        '来自IP',
        "1、您对戴森提供的售后服务，总体感觉如何How do you feel about Dyson's after sales service？",
        '2、服务人员服务态度友好，工作尽职尽责The service staff is friendly and responsible',
        '3、对售后工程师的技术水平是否满意Are you satisfied with the technical level of the after-sales engineer',
        '4、售后服务人员响应时间如何What is the response time of after-sales service personnel',
        '5、工作人员答复您提出疑问的能力如何How well staff can answer your questions',
        '6、所需配件是否能够及时提供Whether the required accessories can be provided in a timely manner',
        '7、服务人员能够快速，准确的确定故障原因Service personnel can quickly and accurately determine the cause of the failure',
        '8、您是否得到服务人员对此次售后内容的合理解释Did you get a reasonable explanation from the service staff on the content of this sale',
        '9、故障是否在首次修理时就得到彻底修复Whether the fault was completely repaired the first time it was repaired',
        '10、能否方便联系到内勤/售后的服务人员Is it easy to contact back office / after sales service staff',
        '11、您是否愿意将戴森推荐给其他用户Would you like to recommend Dyson to other users',
        "12、您对戴森的售后服务还有其他建议或意见吗？Do you have any other suggestions or opinions on Dyson's services?",
      ],
      [
        1,
        '2026/10/12 09:41:07',
        '96秒',
        '微信',
        'N/A',
        '117.136.12.45(广东-深圳)',
        '非常满意(very satisfied)',
        '非常满意(very satisfied)',
        '满意(satisfaction)',
        '非常满意(very satisfied)',
        '满意(satisfaction)',
        '是(yes)',
        '是(yes)',
        '是(yes)',
        '是(yes)',
        '是(yes)',
        '是(yes)',
        '(空)',
      ],
      [
        2,
        '2026/10/12 11:15:52',
        '143秒',
        '微信',
        'N/A',
        '223.104.63.201(上海-上海)',
        '满意(satisfaction)',
        '非常满意(very satisfied)',
        '满意(satisfaction)',
        '一般(general)',
        '满意(satisfaction)',
        '否(no)',
        '是(yes)',
        '是(yes)',
        '是(yes)',
        '是(yes)',
        '是(yes)',
        '吸尘器电池等了一周才到货，希望常用配件备足库存。',
      ],
      [
        3,
        '2026/10/12 20:03:38',
        '71秒',
        '手机提交',
        'N/A',
        '36.110.45.18(北京-北京)',
        '不太满意(dissatisfaction)',
        '一般(general)',
        '不太满意(dissatisfaction)',
        '不太满意(dissatisfaction)',
        '一般(general)',
        '否(no)',
        '否(no)',
        '是(yes)',
        '否(no)',
        '否(no)',
        '否(no)',
        '第一次上门没修好，吹风机又出现过热断电，前后跑了两次，希望工程师一次排查到位。',
      ],
      [
        4,
        '2026/10/13 08:27:14',
        '58秒',
        '微信',
        'N/A',
        '183.195.7.92(浙江-杭州)',
        '非常满意(very satisfied)',
        '非常满意(very satisfied)',
        '非常满意(very satisfied)',
        '非常满意(very satisfied)',
        '非常满意(very satisfied)',
        '是(yes)',
        '是(yes)',
        '是(yes)',
        '是(yes)',
        '是(yes)',
        '是(yes)',
        '(空)',
      ],
    ];
    expect(kindOf('Sheet1', answers)).not.toBe('registration');
    // A Google Form's answers in Traditional Chinese rating a repair (滿意) are a survey's too.
    const form = [
      [
        '時間戳記',
        '姓名',
        '聯絡電話',
        '維修單號',
        '您對本次維修服務整體是否滿意',
        '技師服務態度',
        '維修品質',
        '到府時效',
        '其他建議',
      ],
      [
        '2026/3/8 上午 10:12:03',
        '陳志明',
        '0912345678',
        'R2603001',
        '非常滿意',
        '非常滿意',
        '滿意',
        '滿意',
        '',
      ],
      [
        '2026/3/8 下午 2:30:44',
        '林淑芬',
        '0922345678',
        'R2603002',
        '滿意',
        '滿意',
        '滿意',
        '普通',
        '技師很專業',
      ],
      [
        '2026/3/9 上午 9:02:11',
        '王建國',
        '0932345678',
        'R2603003',
        '不滿意',
        '普通',
        '不滿意',
        '不滿意',
        '修了兩次才好',
      ],
      [
        '2026/3/9 上午 11:40:27',
        '黃美玲',
        '0952345678',
        'R2603004',
        '非常滿意',
        '非常滿意',
        '非常滿意',
        '滿意',
        '',
      ],
    ];
    expect(kindOf('表單回應 1', form)).not.toBe('registration');
    // An after-sales log keeping the customer's verdict in three columns asks no numbered questions.
    const verdicts = [
      [
        '工单号',
        '报修日期',
        '客户姓名',
        '联系电话',
        '产品型号',
        '故障描述',
        '维修师傅',
        '处理结果',
        '服务态度',
        '维修质量',
        '响应速度',
      ],
      [
        'WX2603001',
        '2026-03-01',
        '张丽',
        '13812345678',
        'JSQ30-16',
        '不点火',
        '刘师傅',
        '更换点火针',
        '满意',
        '满意',
        '满意',
      ],
      [
        'WX2603002',
        '2026-03-02',
        '王强',
        '13912345678',
        'L1PB26',
        '漏水',
        '陈师傅',
        '更换水泵',
        '非常满意',
        '满意',
        '一般',
      ],
      [
        'WX2603003',
        '2026-03-02',
        '李娜',
        '13712345678',
        'JSQ25-13',
        '水温不稳',
        '刘师傅',
        '清洗水路',
        '满意',
        '不满意',
        '满意',
      ],
      [
        'WX2603004',
        '2026-03-03',
        '赵敏',
        '13612345678',
        'R5',
        '出水慢',
        '陈师傅',
        '更换滤芯',
        '满意',
        '满意',
        '非常满意',
      ],
    ];
    expect(kindOf('Sheet1', verdicts)).toBe('registration');
  });
});

describe('what a fresh folder (held-out-34) taught', () => {
  it('reads a complaint list counting down its deadlines (处理完成时限) as complaints, not a call log', () => {
    const rows = [
      ['投诉编码', '客户姓名', '投诉来源', '被投诉单位', '状态', '投诉时间', '处理完成时限', '首次响应时限'],
      [
        '20260302000017CR',
        '周婉清',
        '信用卡',
        '信用卡中心',
        '待处理',
        '2026/3/2',
        '2天21小时40分钟12秒',
        '0天21小时40分钟12秒',
      ],
      [
        '20260302000041CC',
        '贺建明',
        '电话投诉',
        '网络经营服务中心',
        '处理中',
        '2026/3/2',
        '3天4小时15分钟37秒',
        '-',
      ],
      ['20260303000008CR', '林晓', '网点', '城东支行', '已办结', '2026/3/3', '-', '-'],
    ];
    expect(recogniseSheet('导出结果', rows).layout?.kind).toBe('complaints');
    // A call centre's call records, whose lengths are times taken, stay none.
    const calls = [
      ['来电号码', '客户姓名', '来电时间', '来电类型', '通话时长', '振铃时长', '坐席'],
      ['13812345678', '周婉清', '2026-03-02 09:12', '投诉', '00:05:12', '00:00:08', '8011'],
      ['13912345678', '贺建明', '2026-03-02 09:20', '咨询', '00:02:40', '00:00:05', '8012'],
      ['13712345678', '林晓', '2026-03-02 09:31', '投诉', '00:07:55', '00:00:11', '8011'],
    ];
    expect(recogniseSheet('通话记录', calls).layout?.kind).not.toBe('complaints');
    // A timeout (是否超时, 排队超时时长) is a call's time taken, not a time allowed.
    const timed = [
      ['来电号码', '客户姓名', '来电时间', '来电类别', '通话时长', '是否超时', '客服人员'],
      ['13812345678', '周婉清', '2026-03-02 09:12', '客诉', '00:05:12', '否', '林小姐'],
      ['13912345678', '贺建明', '2026-03-02 09:20', '咨询', '00:02:40', '否', '张先生'],
      ['13712345678', '林晓', '2026-03-02 09:31', '客诉', '00:07:55', '是', '林小姐'],
      ['13612345678', '赵敏', '2026-03-02 09:40', '报修', '00:03:05', '否', '张先生'],
    ];
    expect(recogniseSheet('Sheet1', timed).layout?.kind).not.toBe('complaints');
  });
});

describe('what a fresh folder (held-out-35) taught', () => {
  it('reads whoever a callback visited as its customer, and never a bare date as a call made', () => {
    const rows = [
      ['日期', '服务单号', '房号', '受访人', '满意程度', '回访员', '备注'],
      ['2026-05-06', 'FW0503-17', '3-1202', '黄丽', '满意', '吴婷', '水龙头已换'],
      ['2026-05-06', 'FW0504-02', '5-0801', '陈志', '一般', '吴婷', '门锁已修'],
      ['2026-05-07', 'FW0505-11', '2-0303', '刘芳', '满意', '郑然', '空调已清洗'],
    ];
    expect(kindOf('回访记录', rows)).toBe('callbacks');
    expect(fieldOf('回访记录', rows, '受访人')).toBe('客户姓名');
    // A plan's bare 日期 is the day planned, an install date the day installed: neither is a call
    // made, which would count the callback as done (a review's sheets; the rule was withdrawn).
    const plan = [
      ['日期', '客户姓名', '联系电话', '回访类型', '回访人', '回访结果'],
      ['2026-05-06', '黄丽', '13812345678', '投诉后回访', '吴婷', ''],
      ['2026-05-20', '陈志', '13912345678', '售后30天', '吴婷', ''],
    ];
    expect(fieldOf('回访计划', plan, '日期')).not.toBe('实际回访时间');
    const installed = [
      ['安装日期', '客户姓名', '联系电话', '回访状态', '回访人'],
      ['2026-05-02', '黄丽', '13812345678', '未回访', '吴婷'],
      ['2026-05-03', '陈志', '13912345678', '未回访', '吴婷'],
    ];
    expect(fieldOf('安装回访', installed, '安装日期')).not.toBe('实际回访时间');
  });

  it('leaves a dialler’s call details alone though its task is named 回访: a call answered is nothing due', () => {
    const rows = [
      [
        '号码编号',
        '外呼号码',
        '摘机日期时间',
        '挂机时间',
        '应答时间',
        '等待时长',
        '通话时长',
        '呼叫结果',
        '错误代码',
        '处理座席',
      ],
      [
        '1',
        '13812345678',
        '2026-05-06 10:00:01',
        '2026-05-06 10:01:12',
        '2026-05-06 10:00:09',
        '8',
        '63',
        '接通',
        '200',
        '8011',
      ],
      [
        '2',
        '13912345678',
        '2026-05-06 10:00:03',
        '2026-05-06 10:00:40',
        '',
        '37',
        '0',
        '无人接听',
        '480',
        '',
      ],
      [
        '3',
        '13712345678',
        '2026-05-06 10:00:05',
        '2026-05-06 10:02:30',
        '2026-05-06 10:00:12',
        '7',
        '138',
        '接通',
        '200',
        '8012',
      ],
    ];
    expect(fieldOf('回访0', rows, '应答时间')).not.toBe('应回访日期');
    expect(kindOf('回访0', rows)).toBeUndefined();
  });
});

describe('what a fresh folder (held-out-35) taught, again', () => {
  it('reads points assigned against staff numbers as a ledger, however its rows are called; a neighbour’s violation reported by phone stays a complaint', () => {
    const rows = [
      [
        'Infraction_ID',
        'Employee_ID',
        'Full_Name',
        'Date',
        'Infraction_Type',
        'Points_Assigned',
        'Description',
        'Entered_By',
        'Status',
      ],
      [
        'INF-0101',
        'E2041',
        'Maria Lopez',
        '2026-03-04',
        'Tardy',
        '1',
        'Clocked in 12 minutes late',
        'J. Park',
        'Active',
      ],
      [
        'INF-0102',
        'E2077',
        'Tom Reed',
        '2026-03-05',
        'No call / no show',
        '4',
        'Missed the Saturday shift',
        'J. Park',
        'Active',
      ],
      [
        'INF-0103',
        'E2041',
        'Maria Lopez',
        '2026-03-19',
        'Uniform',
        '0.5',
        'No name badge',
        'A. Diaz',
        'Expired',
      ],
    ];
    expect(kindOf('Infractions', rows)).toBe('ledger');
    expect(fieldOf('Infractions', rows, 'Points_Assigned')).toBe('分值');
    const neighbours = [
      [
        'Complaint ID',
        'Date Received',
        'Complainant',
        'Phone',
        'Infraction Type',
        'Address',
        'Description',
        'Status',
      ],
      [
        'C-301',
        '2026-03-04',
        'Ann Hall',
        '(555) 201-3344',
        'Noise',
        '12 Elm St',
        'Dog barking all night',
        'Open',
      ],
      [
        'C-302',
        '2026-03-06',
        'Bo Chen',
        '(555) 201-8890',
        'Parking',
        '40 Oak Ave',
        'Boat parked on the street',
        'Closed',
      ],
    ];
    expect(kindOf('Violations', neighbours)).toBe('complaints');
  });
});

describe('what a fresh folder (held-out-37) taught', () => {
  it('reads a unit’s name (部門名稱) and a unit it belongs to (所属部门) as the department, not the company', () => {
    const rows = [
      ['公司別', '部門名稱', '獎懲名稱', '獎懲事由', '獎懲日期', '備註'],
      ['TW', '客服部', '嘉獎一次', '主動協助處理大量客訴案件', '20240315', ''],
      ['TW', '客服部', '申誡一次', '未依規定回覆客訴', '20240422', ''],
    ];
    expect(kindOf('獎懲明細', rows)).toBe('ledger');
    expect(fieldOf('獎懲明細', rows, '部門名稱')).toBe('部门');
    const allocation = [
      ['奖惩名称', '员工姓名', '所属部门', '项目名称', '分配金额', '状态'],
      ['服务之星', '黄丽', '客服部', '滨江花园', '200', '已发放'],
      ['客户投诉', '陈志', '工程部', '滨江花园', '-50', '已发放'],
    ];
    expect(kindOf('奖惩明细数据', allocation)).toBe('ledger');
    expect(fieldOf('奖惩明细数据', allocation, '所属部门')).toBe('部门');
  });

  it('reads a register of disciplinary actions: the action taken is the sanction, what it was taken for the reason', () => {
    const rows = [
      ['Employee ID', 'Employee Name', 'Action taken for', 'Action taken', 'Date', 'Approved by'],
      ['E1021', 'Maria Lopez', 'Rude to a customer on the phone', 'Written warning', '2026-03-04', 'J. Park'],
      ['E1034', 'Tom Reed', 'Missed three callbacks', 'Verbal warning', '2026-03-11', 'J. Park'],
      ['E1021', 'Maria Lopez', 'Late to shift', 'Final warning', '2026-03-20', 'J. Park'],
    ];
    expect(kindOf('Disciplinary Actions', rows)).toBe('ledger');
    expect(fieldOf('Disciplinary Actions', rows, 'Action taken')).toBe('奖惩方式');
    expect(fieldOf('Disciplinary Actions', rows, 'Action taken for')).toBe('奖惩事由');
    // Whom a request was for is no reason.
    expect(conceptsOf('Requested for').concepts.has('reason')).toBe(false);
  });

  it('reads a German-made export’s _nr as a number (complaint_nr is the complaint’s, not the row id)', () => {
    const rows = [
      ['id', 'complaint_nr', 'customer_name', 'complaint_date', 'description', 'status'],
      ['1', 'RK-2026-0041', 'Anna Weber', '2026-03-02', 'Hearing aid whistles', 'open'],
      ['2', 'RK-2026-0042', 'Jonas Keller', '2026-03-03', 'Battery door broken', 'closed'],
    ];
    expect(fieldOf('Complaints', rows, 'complaint_nr')).toBe('投诉编号');
  });
});

describe('what a fresh folder (held-out-38) taught', () => {
  it('reads an HR system’s recognitions as rewards given', () => {
    const rows = [
      [
        'Employee Name',
        'Recognition Type',
        'Achievement Title',
        'Recognition Date',
        'Recognized By',
        'Department',
      ],
      [
        'Thandi Mokoena',
        'Customer Service',
        'Resolved 3 escalated complaints in one shift',
        '14 Jan 2026',
        'Lerato Dlamini',
        'Customer Service',
      ],
      [
        'Sipho Ndlovu',
        'Teamwork',
        'Covered the hotline over the holiday',
        '22 Jan 2026',
        'Lerato Dlamini',
        'Customer Service',
      ],
      [
        'Anele Khumalo',
        'Going Above & Beyond',
        'Called back every missed customer',
        '3 Feb 2026',
        'Lerato Dlamini',
        'After-sales',
      ],
    ];
    expect(kindOf('Recognitions', rows)).toBe('ledger');
    expect(fieldOf('Recognitions', rows, 'Employee Name')).toBe('姓名');
  });

  it('reads an air conditioner’s unit numbers and barcodes as its serial, and the shop that sold it as where it was bought', () => {
    const rows = [
      [
        '维修单号',
        '店铺名称',
        '机型',
        '室内机编号',
        '销售店',
        '购买日期',
        '故障现象',
        '受理时间',
        '完成时间',
        '处理方法',
      ],
      [
        'WX2611001',
        '城东服务站',
        'KFR-35GW/BP3',
        '3A21K0091234',
        '苏宁城东店',
        '2025-06-18',
        '不制冷',
        '2026-07-02 09:10',
        '2026-07-02 16:40',
        '补充冷媒',
      ],
      [
        'WX2611002',
        '城东服务站',
        'KFR-26GW/BP3',
        '3A21K0095678',
        '国美新街口店',
        '2024-05-01',
        '漏水',
        '2026-07-03 10:22',
        '2026-07-04 11:05',
        '疏通排水管',
      ],
    ];
    expect(kindOf('维修单', rows)).toBe('registration');
    expect(fieldOf('维修单', rows, '室内机编号')).toBe('产品序列号');
    expect(fieldOf('维修单', rows, '销售店')).toBe('购买渠道');
    for (const header of ['内机条码', '机器编号', '机身编号', '整机条码'])
      expect(readHeader(header).get('registration')?.field.key, header).toBe('产品序列号');
  });

  it('reads ten plain digits under a phone’s header as phones, as Indian and North American teams write them', () => {
    const rows = [
      [
        'Ticket',
        'Client Name',
        'Mobile',
        'Issue Type',
        'Issue Details',
        'Assigned To',
        'Status',
        'Priority',
        'Created',
      ],
      [
        'CT-1041',
        'Shree Balaji Traders',
        '9824012345',
        'GST return',
        'Cannot file GSTR-1 from Tally',
        'Ravi',
        'Open',
        'High',
        '2026-06-03T10:17:00Z',
      ],
      [
        'CT-1042',
        'Patel Agro Industries',
        '9978833210',
        'Licence',
        'Licence expired after renewal',
        'Meena',
        'Closed',
        'Low',
        '2026-06-03T11:02:00Z',
      ],
      [
        'CT-1043',
        'Om Sai Medicals',
        '9427155602',
        'Data',
        'Company data not opening',
        'Ravi',
        'In Progress',
        'Critical',
        '2026-06-04T09:40:00Z',
      ],
    ];
    expect(kindOf('Complaints', rows)).toBe('complaints');
    expect(fieldOf('Complaints', rows, 'Mobile')).toBe('联系电话');
    // Ten digits alone are no phone: an order number is not read as one.
    expect(profileColumn(['9824012345', '9978833210']).phone).toBe(0);
  });
});

describe('holding against a review of the rules from held-out-37 and -38', () => {
  it('reads recognition as a reward only where it is given to someone, not a brand’s, a speech engine’s or revenue’s', () => {
    const survey = [
      ['Timestamp', 'Name', 'Phone', 'Overall satisfaction', 'Brand recognition', 'Comments'],
      ['2024-03-01 10:02:11', 'Jane Doe', '+44 7700 900123', 'Very satisfied', 'High', 'Great'],
      ['2024-03-02 11:12:01', 'Raj Patel', '+44 7700 900456', 'Satisfied', 'Medium', ''],
      ['2024-03-03 12:22:41', 'Li Wei', '+44 7700 900789', 'Dissatisfied', 'Low', 'Slow'],
    ];
    expect(kindOf('Form Responses 1', survey)).toBe('callbacks');
    const calls = [
      [
        'Call ID',
        'Start Time',
        'Agent',
        'Customer Phone',
        'Duration',
        'Call Result',
        'Speech Recognition Result',
      ],
      [
        'CL001',
        '2024-03-01 09:02',
        'Mark Ellis',
        '+1 415 555 0123',
        '00:04:12',
        'Answered',
        'asked about a refund',
      ],
      ['CL002', '2024-03-01 09:10', 'Sara Kim', '+1 415 555 0199', '00:01:02', 'No answer', ''],
      [
        'CL003',
        '2024-03-01 09:21',
        'Mark Ellis',
        '+1 415 555 0142',
        '00:06:40',
        'Answered',
        'technician visit',
      ],
    ];
    expect(kindOf('Call Records', calls)).not.toBe('ledger');
    const revenue = [
      [
        'Invoice No',
        'Customer',
        'Contract Start',
        'Amount',
        'Recognition Date',
        'Recognized Amount',
        'Status',
      ],
      ['INV-101', 'Acme Ltd', '2024-01-01', 12000, '2024-01-31', 1000, 'Open'],
      ['INV-102', 'Bolt Inc', '2024-02-01', 6000, '2024-02-29', 500, 'Open'],
      ['INV-103', 'Core Co', '2024-03-01', 2400, '2024-03-31', 200, 'Closed'],
    ];
    expect(kindOf('Rev Rec', revenue)).toBeUndefined();
  });

  it('keeps a ticket’s ten digits (电话工单号) no phone, and reads Contact Nr as a phone and Nr of as a count', () => {
    const tickets = [
      ['电话工单号', '受理时间', '客户姓名', '问题描述', '受理人', '处理状态'],
      ['2403150001', '2024-03-15 09:12', '王女士', '空调不制冷', '李娜', '已完成'],
      ['2403150002', '2024-03-15 09:40', '李先生', '洗衣机漏水', '赵强', '处理中'],
      ['2403150003', '2024-03-15 10:05', '张女士', '热水器不点火', '李娜', '已完成'],
    ];
    expect(['联系电话', '客户电话']).not.toContain(fieldOf('Sheet1', tickets, '电话工单号'));
    const complaints = [
      ['Ref Nr', 'Date', 'Client Name', 'Contact Nr', 'Complaint', 'Agent', 'Resolution'],
      ['R001', '2024-03-01', 'Thabo Mokoena', '082 555 1234', 'Overbilled', 'Lerato', 'Credit'],
      ['R002', '2024-03-02', 'Anele Dube', '083 555 2345', 'No statement', 'Lerato', 'Resent'],
      ['R003', '2024-03-04', 'Pieter Botha', '084 555 3456', 'Rude agent', 'Sipho', 'Apology'],
    ];
    expect(fieldOf('Sheet1', complaints, 'Contact Nr')).toBe('联系电话');
    const callbacks = [
      ['Customer', 'Phone', 'Callback Date', 'Agent', 'Nr of Attempts', 'Outcome', 'Notes'],
      ['Jane Doe', '+44 7700 900123', '2024-03-05', 'Mark Ellis', 2, 'Reached', 'Happy'],
      ['Raj Patel', '+44 7700 900456', '2024-03-05', 'Sara Kim', 3, 'No answer', ''],
      ['Li Wei', '+44 7700 900789', '2024-03-06', 'Mark Ellis', 1, 'Reached', 'Wants refund'],
    ];
    expect(fieldOf('Callbacks', callbacks, 'Nr of Attempts')).not.toBe('关联编号');
  });

  it('takes no approval’s result for the sanction, and a complaint naming its customer stays a complaint beside staff points', () => {
    const ledger = [
      ['日期', '姓名', '部门', '奖惩事由', '金额', '审批结果'],
      ['2024-05-02', '张伟', '客服部', '迟到3次', -50, '通过'],
      ['2024-05-06', '李娜', '客服部', '客户表扬', 100, '通过'],
      ['2024-05-09', '王强', '售后部', '漏回访', -30, '驳回'],
    ];
    expect(fieldOf('奖惩记录', ledger, '审批结果')).not.toBe('奖惩方式');
    const complaints = [
      ['Date', 'Customer', 'Complaint', 'Staff Name', 'Staff No', 'Points Deducted', 'Action Taken'],
      ['2024-02-01', 'Mrs Smith', 'Rude at checkout', 'Tom Reed', 'S-221', 2, 'Verbal warning'],
      ['2024-02-03', 'Mr Jones', 'Wrong item delivered', 'Amy Lee', 'S-318', 1, 'Replacement sent'],
      ['2024-02-07', 'Ms Brown', 'Long wait on phone', 'Tom Reed', 'S-221', 1, 'Coached'],
    ];
    expect(kindOf('Sheet1', complaints)).toBe('complaints');
  });
});

describe('what a fresh folder (held-out-39) taught', () => {
  it('reads a service team’s quality checks fining its agents (扣罚金额) as a ledger, though they grade each problem as a complaint log would', () => {
    const rows = [
      [
        '日期',
        '客服',
        '客户ID',
        '店铺',
        '问题分类',
        '严重程度',
        '状态',
        '扣罚金额',
        '客户问题',
        '客服回复',
        '问题描述',
        '备注',
      ],
      [
        '2026-08-03',
        '周晓雯',
        'tb827731',
        '天猫MS',
        '响应问题',
        '一般',
        '已讲解',
        0,
        '今天能发货吗？',
        '亲，在的',
        '首次响应超过3分钟',
        '晚高峰',
      ],
      [
        '2026-08-05',
        '李嘉怡',
        'pdd_6620918',
        '拼多多2店',
        '态度问题',
        '严重',
        '已讲解',
        20,
        '是不是发错货了？',
        '不可能发错',
        '否认问题并语气生硬',
        '客户已追评差评',
      ],
      [
        '2026-08-07',
        '周晓雯',
        'jd_55120',
        '京东店',
        '话术问题',
        '一般',
        '待讲解',
        10,
        '能开发票吗',
        '不能',
        '未按流程答复开票',
        '',
      ],
    ];
    expect(kindOf('质检记录', rows)).toBe('ledger');
    expect(fieldOf('质检记录', rows, '扣罚金额')).toBe('金额');
    expect(fieldOf('质检记录', rows, '客服')).toBe('姓名');
  });

  it('takes a form’s screen names for no staff, and a price’s rate for no satisfaction (its values tell)', () => {
    const rsvp = [
      [
        'Timestamp',
        'Employment Information (Industry)',
        'Employment Information (Role)',
        'Music Preference',
        'Screen Name',
        'Checked-In',
      ],
      ['3/14/2025 18:02:11', 'Tech', 'Designer', 'House', '@jaz_b', 'TRUE'],
      ['3/14/2025 18:40:09', 'Healthcare', 'Nurse', 'R&B', 'mikey.k', 'FALSE'],
      ['3/15/2025 09:12:45', 'Education', 'Teacher', 'Jazz', 'sunny_d', 'TRUE'],
    ];
    expect(kindOf('Form Responses 1', rsvp)).toBeUndefined();
    // A rate holding prices or shares rates nothing.
    expect(profileColumn(['£6.20 up to 10kg', '', '£4.10']).measure).toBe(1);
    const prospects = [
      [
        'Timestamp',
        'Business Name',
        'Phone',
        'Main Couriers',
        'Std Rate up to KG',
        'Receptionist Name',
        'Callback Needed',
        'Call ID',
        'Transcript Snippet',
      ],
      [
        '2025-11-18T10:42:13Z',
        'Harrow Bike Parts Ltd',
        '+44 20 8427 5512',
        'DHL',
        '£6.20 up to 10kg',
        'Sophie',
        'No',
        'call_7f3a21c9',
        'we send twenty boxes a week',
      ],
      [
        '2025-11-18T11:05:47Z',
        'Leeds Candle Co',
        '+44 113 496 0871',
        'Royal Mail',
        '',
        'Megan',
        'Yes',
        'call_8b02d6e4',
        'the owner is out today',
      ],
      [
        '2025-11-18T11:31:02Z',
        'York Tea Rooms',
        '+44 1904 555 012',
        'Evri',
        '£4.10',
        'Jo',
        'No',
        'call_91c0aa12',
        'not interested',
      ],
    ];
    expect(kindOf('Sheet1', prospects)).toBeUndefined();
  });
});

describe('holding against a review of the rules from held-out-39', () => {
  it('leaves a complaint log with one follow-up or refund column as it was, not taken for callbacks or after-sales', () => {
    const feedback = [
      ['反馈日期', '客户姓名', '联系电话', '反馈内容', '责任部门', '调查结果', '处理意见', '处理人', '状态'],
      [
        '2025-03-01',
        '王女士',
        '13800001111',
        '门店店员态度冷淡',
        '零售部',
        '属实',
        '对店员进行培训',
        '李经理',
        '已结案',
      ],
      [
        '2025-03-03',
        '刘先生',
        '13800002222',
        '买到过期面包',
        '品控部',
        '属实',
        '退款并赔偿',
        '陈主管',
        '已结案',
      ],
      ['2025-03-06', '孙女士', '13800003333', '收银多收钱', '财务部', '核实中', '', '李经理', '处理中'],
    ];
    expect(kindOf('Sheet1', feedback)).not.toBe('callbacks');
    const refunds = [
      [
        'Date',
        'Customer Name',
        'Phone',
        'Order #',
        'Issue',
        'Action Taken',
        'Refund Issued',
        'Handled By',
        'Status',
      ],
      [
        '2025-02-03',
        'Emma Clarke',
        '07700 900123',
        '100234',
        'Driver was rude at the door',
        'Apologised',
        'No',
        'Sam',
        'Closed',
      ],
      [
        '2025-02-05',
        'Raj Patel',
        '07700 900456',
        '100251',
        'Charged twice',
        'Reversed duplicate charge',
        'Yes',
        'Lucy',
        'Closed',
      ],
      [
        '2025-02-06',
        'Ann Lee',
        '07700 900789',
        '100260',
        'Late delivery, food cold',
        'Voucher',
        'Yes',
        'Sam',
        'Open',
      ],
    ];
    expect(kindOf('Sheet1', refunds)).not.toBe('registration');
  });

  it('reads a fine as a ledger’s only under someone’s name: a platform fining a shop is none', () => {
    const platform = [
      ['日期', '店铺', '订单号', '扣罚原因', '扣罚金额', '申诉结果'],
      ['2025-07-01', '京东自营店', '300112233', '发货超时', '50', '申诉失败'],
      ['2025-07-02', '天猫旗舰店', '299887766', '虚假发货', '100', '申诉成功'],
      ['2025-07-05', '京东自营店', '300113344', '售后响应超时', '20', '未申诉'],
    ];
    expect(kindOf('平台扣罚', platform)).toBeUndefined();
  });

  it('keeps User Name (two words) a person’s name, and a rate of 1 to 5 a rating', () => {
    const users = [
      ['User Name', 'Email', 'Role', 'Team', 'Status', 'Last Login'],
      ['Alice Grant', 'alice@acme.com', 'Agent', 'Tier 1', 'Active', '2025-03-01'],
      ['Bob Stone', 'bob@acme.com', 'Supervisor', 'Tier 2', 'Active', '2025-03-02'],
      ['Cara Diaz', 'cara@acme.com', 'Agent', 'Tier 1', 'Inactive', '2025-01-15'],
    ];
    expect(kindOf('Users', users)).toBe('roster');
    expect(fieldOf('Users', users, 'User Name')).toBe('姓名');
    const calls = [
      ['Customer', 'Phone', 'Call Date', 'Agent', 'Rate (1-5)', 'Comments'],
      ['Linda Hall', '555-1200', '2025-03-02', 'Dave', '5', 'Great'],
      ['Mark Fox', '555-1201', '2025-03-03', 'Rico', '2', 'Slow'],
      ['Jane Wu', '555-1202', '2025-03-03', 'Dave', '4', ''],
    ];
    expect(kindOf('Sheet1', calls)).toBe('callbacks');
  });
});

describe('what a fresh folder (held-out-40) taught', () => {
  it('leaves a sheet named Complaints alone when it holds nothing a complaint record must and says nothing of one', () => {
    const counts = [
      ['bank', 'formal_cases_2023', 'formal_cases_2022', 'referral_conversion_rate_pct', 'source'],
      ['Capitec', 1480, 1295, 34, 'OBS Annual Report 2023'],
      ['Absa', 1122, 1208, 38, 'OBS Annual Report 2023'],
      ['Nedbank', 640, 702, 41, 'OBS Annual Report 2023'],
    ];
    expect(kindOf('complaints', counts)).toBeUndefined();
    expect(recogniseSheet('complaints', counts).unrecognised?.nearest?.kind).toBe('complaints');
    // A named ledger with no date and no name, but its own words (奖惩信息), stays one.
    const rewards = [
      ['员工编号', '奖惩类型', '奖惩信息', '奖惩金额'],
      ['E1021', '奖励', '季度服务之星', 200],
      ['E1034', '惩罚', '漏回访三次', -50],
    ];
    expect(kindOf('奖惩登记', rewards)).toBe('ledger');
  });

  it('reads a technician’s specialty as the post, and the customer’s own number before a callback number', () => {
    const techs = [
      ['technician_id', 'name', 'specialty', 'hire_date'],
      [203, 'Darnell Brooks', 'Ductwork & Ventilation', '2019-05-20'],
      [204, 'Priya Natarajan', 'Heat Pumps', '2021-02-08'],
      [205, 'Luis Ortega', 'Installation', '2022-09-12'],
    ];
    expect(kindOf('technicians', techs)).toBe('roster');
    expect(fieldOf('technicians', techs, 'specialty')).toBe('岗位');
    const appeals = [
      ['工单编号', '回访号码', '诉求类型', '诉求人姓名', '诉求人号码', '诉求内容', '发生时间'],
      ['GD2026001', '13900001111', '噪音扰民', '王女士', '13800001111', '楼下夜间施工', '2026-03-01 22:10'],
      ['GD2026002', '13900002222', '环境卫生', '刘先生', '13800002222', '垃圾未清运', '2026-03-02 08:30'],
    ];
    expect(fieldOf('工单信息列表', appeals, '诉求人号码')).toBe('联系电话');
  });

  it('reads a machine number (機號) as the serial and a completion date as the day it was resolved', () => {
    for (const header of ['機號', '机号'])
      expect(readHeader(header).get('registration')?.field.key, header).toBe('产品序列号');
    expect(readHeader('completion_date').get('registration')?.field.key).toBe('解决日期');
  });
});

describe('holding against a review of the rules from held-out-39 and -40', () => {
  const day = (n: number) => `2024-03-${String(n).padStart(2, '0')}`;
  it('keeps a complaint log that fines the agent a complaint log: it names its customer', () => {
    const rows = [
      ['日期', '客户姓名', '问题描述', '处理人', '罚款', '处理结果'],
      [day(1), '张三', '发错货', '小美', 20, '补发'],
      [day(2), '李四', '回复慢', '阿强', 10, '道歉'],
      [day(3), '王五', '态度差', '小美', 50, '退款'],
    ];
    expect(kindOf('投诉处理表', rows)).toBe('complaints');
  });

  it('keeps a satisfaction of 80 % a satisfaction, a login the name where nothing else names staff, and a named callback tab of words', () => {
    const calls = [
      ['Call Date', 'Customer', 'Phone', 'Called By', 'Satisfaction'],
      [day(1), 'Ann Lee', '555-0100', 'Sam', '80%'],
      [day(2), 'Bob Roy', '555-0101', 'Amy', '100%'],
      [day(3), 'Cy Ng', '555-0102', 'Sam', '60%'],
    ];
    expect(kindOf('Sheet1', calls)).toBe('callbacks');
    const staff = [
      ['Username', 'Manager', 'Team', 'Role'],
      ['slee', 'Jane Park', 'Billing', 'Agent'],
      ['achan', 'Jane Park', 'Tech', 'Agent'],
      ['bwu', 'Tom Ode', 'Billing', 'Senior Agent'],
    ];
    expect(fieldOf('Staff', staff, 'Manager')).not.toBe('姓名');
    const survey = [
      ['工单号', '服务类型', '是否满意', '不满意原因'],
      ['W1', '安装', '是', ''],
      ['W2', '维修', '否', '等待太久'],
      ['W3', '维修', '是', ''],
    ];
    expect(kindOf('回访记录', survey)).toBe('callbacks');
  });

  it('reads no estimated completion as a close, and no hotline as the customer’s phone', () => {
    const repairs = [
      [
        'Job No',
        'Date In',
        'Customer',
        'Phone',
        'Model',
        'Fault',
        'Booked By',
        'Estimated Completion Date',
        'Completed On',
      ],
      ['J0', day(1), 'Ann Lee', '555-0100', 'X1', 'No power', 'Sam', day(20), ''],
      ['J1', day(2), 'Bob Roy', '555-0101', 'X1', 'No power', 'Amy', day(21), day(10)],
      ['J2', day(3), 'Cy Ng', '555-0102', 'X1', 'No power', 'Sam', day(22), ''],
    ];
    expect(fieldOf('Repairs', repairs, 'Estimated Completion Date')).not.toBe('解决日期');
    const complaints = [
      ['投诉时间', '客户姓名', '电话', '投诉内容', '客服电话', '受理人'],
      [day(1), '张三', '13800138000', '扣费', '4008001234', '小美'],
      [day(2), '李四', '13800138001', '扣费', '4008001234', '阿强'],
      [day(3), '王五', '13800138002', '扣费', '4008001234', '小美'],
    ];
    expect(fieldOf('投诉登记', complaints, '电话')).toBe('联系电话');
  });
});

describe('what a fresh folder (held-out-41) taught', () => {
  it('reads a car dealer’s workshop words: the car’s series is the product, taken in is received, the advisor is staff', () => {
    expect(readHeader('车系名称').get('registration')?.field.key).toBe('产品型号');
    expect(readHeader('入厂时间').get('registration')?.field.key).toBe('登记日期');
    expect(readHeader('接待顾问').get('registration')?.field.key).toBe('登记人');
    // 出厂 is also a product leaving its factory: no close of a case.
    expect(readHeader('出厂日期').get('registration')?.field.key).not.toBe('解决日期');
  });
});

describe('what a fresh folder (held-out-43) taught', () => {
  it('takes money beside a name for a ledger only when the rows say what it is for', () => {
    // A course's sign-ups (a Google Form: 時間戳記, 金額 paid, 姓名, 狀態) pay; nobody is fined.
    const signUps = [
      ['時間戳記', '課程系列', '班別', '上課日期', '人數', '金額', '姓名', '手機', '狀態', '訂單編號'],
      [
        '2025/07/01 21:14:05',
        '手作皮件',
        '零錢包班',
        '2025-07-12',
        2,
        1800,
        '吳佳穎',
        '0912-345-678',
        '已付款',
        'W250701-003',
      ],
      [
        '2025/07/02 08:30:11',
        '手作皮件',
        '卡夾班',
        '2025-07-19',
        1,
        900,
        '林志明',
        '0928-765-432',
        '待付款',
        'W250702-001',
      ],
      [
        '2025/07/02 12:05:47',
        '植物染',
        '方巾班',
        '2025-07-26',
        3,
        2700,
        '陳怡君',
        '0933-222-111',
        '已付款',
        'W250702-004',
      ],
    ];
    expect(kindOf('報名', signUps)).toBeUndefined();
    // The same people with what each sum was for (奖惩方式) are a ledger.
    const fines = [
      ['日期', '姓名', '奖惩方式', '金额', '状态'],
      ['2025-07-12', '吴佳颖', '罚款', 50, '已执行'],
      ['2025-07-19', '林志明', '奖励', 100, '已执行'],
      ['2025-07-26', '陈怡君', '罚款', 20, '已执行'],
    ];
    expect(kindOf('Sheet1', fines)).toBe('ledger');
  });

  it('keeps a hand-made fines sheet (日期, 姓名, 事由, 金额) and a Traditional 罰款金額 a ledger', () => {
    const plain = [
      ['日期', '姓名', '事由', '金额'],
      ['2026-05-03', '张丽', '迟到', -50],
      ['2026-05-08', '王强', '表扬信', 100],
      ['2026-05-12', '李娜', '漏回访', -20],
    ];
    expect(kindOf('Sheet1', plain)).toBe('ledger');
    const fined = [
      ['日期', '姓名', '罰款金額', '備註'],
      ['2026/05/03', '張麗', 50, '遲到'],
      ['2026/05/08', '王強', 20, '漏回訪'],
      ['2026/05/12', '李娜', 30, '服務態度'],
    ];
    expect(kindOf('Sheet1', fined)).toBe('ledger');
  });

  it('takes no seller’s name, phone or return address for the customer’s, and still reads the refund export', () => {
    // A Tmall refund export withholds the buyer; the 卖家 columns are the shop's own.
    const rows = [
      [
        '订单编号',
        '退款编号',
        '订单付款时间',
        '宝贝标题',
        '退款的申请时间',
        '退款状态',
        '卖家真实姓名',
        '卖家电话',
        '卖家退货地址',
        '买家退款原因',
        '买家退款说明',
        '退款操作人',
      ],
      [
        '3876542109876543210',
        '172638495012345678',
        '2024-03-10 20:15:42',
        '北欧布艺三人位沙发',
        '2024-03-14 09:21:35',
        '退款成功',
        '木语家居旗舰店',
        '021-57631200',
        '上海市松江区沪松公路1399号 售后仓',
        '收到商品破损',
        '扶手面料划破',
        'kf_wangjing',
      ],
      [
        '3876611203398765432',
        '172640021198765432',
        '2024-03-11 12:03:09',
        '胡桃木茶几',
        '2024-03-16 16:47:20',
        '等待卖家同意',
        '木语家居旗舰店',
        '021-57631200',
        '上海市松江区沪松公路1399号 售后仓',
        '协商一致退款',
        '桌面有色差',
        '',
      ],
      [
        '3876700012398765432',
        '172650021198765432',
        '2024-03-12 10:03:09',
        '实木餐椅',
        '2024-03-17 11:07:20',
        '退款关闭',
        '木语家居旗舰店',
        '021-57631200',
        '上海市松江区沪松公路1399号 售后仓',
        '七天无理由',
        '不想要了',
        'kf_lihua',
      ],
    ];
    expect(kindOf('Sheet1', rows)).toBe('registration');
    for (const header of ['卖家真实姓名', '卖家电话', '卖家退货地址'])
      expect(fieldOf('Sheet1', rows, header), header).toBeNull();
    expect(fieldOf('Sheet1', rows, '退款编号')).toBe('单号');
    expect(readHeader('买家手机').get('registration')?.field.key).toBe('客户电话');
    expect(readHeader('Seller Phone').get('complaints')).toBeUndefined();
  });

  it('reads the sellers as the customers where no buyer is named, and a checkout note as no fault', () => {
    // A platform's support for its sellers: they are whom the team serves.
    const sellers = [
      ['投诉编号', '投诉时间', '卖家名称', '卖家电话', '投诉内容', '处理人', '处理结果'],
      ['TS1', '2026-01-03 10:00:00', '好物小店', '13812345678', '保证金扣除有误', '王强', '已退还'],
      ['TS2', '2026-01-04 11:00:00', '优选家居', '13912345678', '活动报名失败', '李娜', '处理中'],
    ];
    expect(fieldOf('卖家投诉', sellers, '卖家名称')).toBe('客户姓名');
    expect(fieldOf('卖家投诉', sellers, '卖家电话')).toBe('联系电话');
    // An order export with a buyer's checkout note and an after-sales number is no after-sales log.
    const orders = [
      [
        '订单号',
        '下单时间',
        '订单状态',
        '商品名称',
        '数量',
        '实付金额',
        '买家留言',
        '售后单号',
        '售后状态',
        '退款金额',
      ],
      ['DD1', '2026-01-03 10:00:00', '已完成', '杯子', 1, 20, '请尽快发货', '', '', 0],
      ['DD2', '2026-01-04 10:00:00', '已完成', '碗', 2, 30, '', 'SH2', '退款成功', 30],
    ];
    expect(kindOf('Sheet1', orders)).toBeUndefined();
  });

  it('reads who calls next as a caller, a service due as no callback, and 奖/罚 as a reward or penalty', () => {
    expect(readHeader('下次回访人').get('callbacks')?.field.key).toBe('回访人');
    expect(readHeader('下次保养日期').get('callbacks')?.field.key).not.toBe('应回访日期');
    expect(readHeader('协同事项').get('complaints')?.field.key).not.toBe('受理人');
    const calls = [
      ['Customer', 'Phone', 'Call Date', 'Agent', 'Outcome', 'Next Follow Up By'],
      ['John Lee', '+1 415 555 0101', '2026-01-03', 'Amy', 'Resolved', 'Amy'],
      ['Mary Chan', '+1 415 555 0102', '2026-01-04', 'Bob', 'Pending', 'Bob'],
      ['Tom Wu', '+1 415 555 0103', '2026-01-05', 'Amy', 'Resolved', 'Amy'],
    ];
    expect(kindOf('Follow-ups', calls)).toBe('callbacks');
    const ledger = [
      ['日期', '姓名', '奖/罚', '金额', '说明'],
      ['2026-01-03', '张丽', '奖', 100, '全勤'],
      ['2026-01-08', '王强', '罚', 50, '迟到'],
    ];
    expect(kindOf('Sheet1', ledger)).toBe('ledger');
  });

  it('reads a count closing in 数 as how many: an agent’s orders are deals, never a sum, refund or cancellation', () => {
    expect(readHeader('订单数').get('presales')?.field.key).toBe('成交笔数');
    expect(readHeader('付款订单数').get('presales')?.field.key).toBe('成交笔数');
    for (const header of ['取消订单数', '退款订单数', 'Cancelled Orders', 'Refunded Orders', '订单金额'])
      expect(readHeader(header).get('presales')?.field.key, header).not.toBe('成交笔数');
    // A count is no order's number; an index (指数) counts nothing and keeps its field.
    expect(readHeader('订单数').get('registration')?.field.key).not.toBe('单号');
    expect(readHeader('紧急指数').get('complaints')?.field.key).toBe('级别');
    expect(readHeader('满意指数').get('callbacks')?.field.key).toBe('服务态度满意度');
    // A planned time, however suggested, stays planned.
    expect(readHeader('预约回访建议时间').get('callbacks')?.field.key).toBe('应回访日期');
    // Agents' figures under a lead tab are theirs; a member list's purchases under the same kind of
    // name are no agent's.
    const agents = [
      ['月份', '客服', '接待人数', '成交笔数'],
      ['2026-03', '小雨', 320, 88],
      ['2026-03', '阿杰', 290, 75],
    ];
    expect(kindOf('线索转化统计', agents)).toBe('presales');
    const members = [
      ['月份', '姓名', '购买次数', '消费金额'],
      ['2026-03', '王芳', 3, 560],
      ['2026-03', '李强', 1, 120],
    ];
    expect(kindOf('会员消费统计', members)).toBeUndefined();
  });
});

describe('what a fresh folder (held-out-44) taught', () => {
  it('reads an elevator’s registration code as its serial and a part number as the model, after a plain Product', () => {
    expect(readHeader('电梯注册代码').get('registration')?.field.key).toBe('产品序列号');
    expect(readHeader('电梯注册号').get('registration')?.field.key).toBe('产品序列号');
    for (const header of ['Part Number', 'Model P/N(Panel Part No)', 'P/N'])
      expect(readHeader(header).get('registration')?.field.key, header).toBe('产品型号');
    // Beside a plain Product, a part number yields.
    const rows = [
      ['RMA No', 'Customer', 'Phone', 'Product', 'part_number', 'Serial', 'Fault', 'Date In'],
      [
        'RMA-0101',
        'Acme Ltd',
        '+1 415 555 0101',
        'Router X2',
        'RX2-100',
        'SN10023',
        'No power',
        '2026-03-02',
      ],
      [
        'RMA-0102',
        'Beta LLC',
        '+1 415 555 0102',
        'Switch S8',
        'SS8-200',
        'SN20077',
        'Port 3 dead',
        '2026-03-04',
      ],
    ];
    expect(fieldOf('RMA', rows, 'Product')).toBe('产品型号');
  });
});

describe('what a fresh folder (held-out-45) taught', () => {
  it('reads a rule’s short code (R05, A-03, VERBAL) as 规则代码, never a shift’s name', () => {
    const ledger = (codes: string[]) => [
      ['獎懲日期', '員工姓名', '獎懲項目代號', '獎懲項目說明', '獎懲金額'],
      ['2022/03/08', '林怡君', codes[0]!, '客戶來信表揚客服處理態度良好', 1000],
      ['2022/03/15', '陳冠宇', codes[1]!, '客訴案件超過48小時未回覆客戶', 300],
      ['2022/03/21', '王小明', codes[2]!, '遲到三次', 200],
    ];
    expect(fieldOf('獎懲單', ledger(['R05', 'D12', 'D03']), '獎懲項目代號')).toBe('规则代码');
    expect(fieldOf('獎懲單', ledger(['A-03', 'VERBAL', '2.3']), '獎懲項目代號')).toBe('规则代码');
    expect(fieldOf('獎懲單', ledger(['客服早班', '客服晚班', '客服早班']), '獎懲項目代號')).not.toBe(
      '规则代码',
    );
    // A shift's, an agent's or a sanction's short code is no rule's: read as one, it would price
    // every row by a rule 奖惩规则 does not have and drop the 扣2分 written beside it.
    const coded = (header: string, codes: readonly string[]) => [
      ['日期', header, '姓名', '奖惩事由', '奖惩方式'],
      ['2026-03-02', codes[0]!, '张伟', '迟到', '扣2分'],
      ['2026-03-09', codes[1]!, '李娜', '漏回访', '罚款50元'],
      ['2026-03-16', codes[2]!, '王芳', '客户表扬', '奖励3分'],
    ];
    for (const [header, codes] of [
      ['班次代码', ['A', 'B', 'C']],
      ['Agent Code', ['AG01', 'AG02', 'AG03']],
      ['Sanction Code', ['VW', 'WW', 'FW']],
      ['状态代码', ['OK', 'PEND', 'NG']],
    ] as const)
      expect(fieldOf('扣分记录', coded(header, codes), header), header).not.toBe('规则代码');
  });

  it('leaves the firm’s own purchase requests alone, whatever after-sales words they share', () => {
    const rows = [
      [
        '资产分类',
        '申请人',
        '产品名称',
        '厂商',
        '购买渠道',
        '购买数量',
        '购买价格',
        '审核人',
        '审核结果',
        '审核时间',
        '负责人',
        '完成时间',
      ],
      [
        '办公电脑',
        '黄丽',
        'ThinkPad E14 笔记本',
        '联想',
        '京东企业购',
        5,
        4980,
        '周主任',
        '审核通过',
        '2021-04-06 09:31:22',
        '马强',
        '2021-04-15',
      ],
      [
        '打印机',
        '陈志',
        'HP M404dn',
        '惠普',
        '线下门店',
        1,
        2199,
        '周主任',
        '审核通过',
        '2021-04-08 10:02:11',
        '马强',
        '2021-04-12',
      ],
    ];
    expect(kindOf('采购申请', rows)).toBeUndefined();
    expect(kindOf('Purchase Requests', rows)).toBeUndefined();
    // A purchasing team's own staff list is still the team's.
    const staff = [
      ['工号', '姓名', '岗位', '入职日期', '状态'],
      ['CG001', '黄丽', '采购客服', '2021-04-06', '在职'],
      ['CG002', '陈志', '主管', '2019-08-12', '在职'],
    ];
    expect(kindOf('采购客服组', staff)).toBe('roster');
  });
});

describe('what a fresh folder (held-out-46) taught', () => {
  it('takes no tier for a post: a member list by tier is no staff roster', () => {
    // Gold and Silver are customers' tiers as often as Tier 1 is an agent's.
    const members = [
      ['Name', 'Tier', 'Joined', 'Status'],
      ['Hannah Brooks', 'Gold', '2024-03-01', 'Active'],
      ['Omar Haddad', 'Silver', '2024-05-12', 'Active'],
      ['Lena Fischer', 'Gold', '2023-11-20', 'Lapsed'],
    ];
    expect(kindOf('Sheet1', members)).not.toBe('roster');
  });

  it('reads a repair’s time beside the day the goods came back as when it was done', () => {
    const rows = [
      ['序号', '维修时间', '客户名称', '产品名称', '不良现象', '处理方式', '退货时间'],
      [
        1,
        '2024/3/12 10:25:00',
        '杭州恒冷制冷设备有限公司',
        '冷库温控电控箱',
        '上电无显示',
        '更换电源模块',
        '2024/3/8 0:00:00',
      ],
      [
        2,
        '2024/3/15 14:00:00',
        '苏州冰点冷链有限公司',
        '冷库温控电控箱',
        '温度显示跳变',
        '更换探头',
        '2024/3/11 0:00:00',
      ],
    ];
    expect(fieldOf('返退货维修', rows, '退货时间')).toBe('登记日期');
    expect(fieldOf('返退货维修', rows, '维修时间')).toBe('解决日期');
  });

  it('reads no ten-digit QQ or account numbers under a bare Contact as a phone', () => {
    const rows = [
      ['Date', 'Customer Name', 'Contact', 'Issue Description', 'Status'],
      ['2026-03-14', '王磊', '2345678901', '空调不制冷', 'Open'],
      ['2026-03-14', '李娜', '3012345678', '洗衣机漏水', 'Closed'],
      ['2026-03-15', '张伟', '2876543210', '冰箱异响', 'Open'],
    ];
    expect(fieldOf('Complaints', rows, 'Contact')).not.toBe('联系电话');
  });
});

describe('what a fresh folder (held-out-47) taught', () => {
  it('counts a group-buy formed (成团) as a deal, and orders rated low as none', () => {
    expect(readHeader('最终成团人数').get('presales')?.field.key).toBe('成交笔数');
    expect(readHeader('评分≤3 订单数').get('presales')?.field.key).not.toBe('成交笔数');
  });
});

describe('reading real header spellings', () => {
  // Headers seen in real customer-service sheets, and spellings of the same fields no list holds.
  it.each([
    ['投诉人姓名', 'complaints', '客户姓名'],
    ['投诉人电话', 'complaints', '联系电话'],
    ['投诉日期', 'complaints', '投诉时间'],
    ['来电时间', 'complaints', '投诉时间'],
    ['投诉来源', 'complaints', '投诉渠道'],
    ['投诉类型', 'complaints', '投诉类别'],
    ['投诉类别', 'complaints', '投诉类别'],
    ['具体描述', 'complaints', '投诉内容'],
    ['投诉详情', 'complaints', '投诉内容'],
    ['受理人员', 'complaints', '受理人'],
    ['受理人姓名', 'complaints', '受理人'],
    ['投诉状态', 'complaints', '处理状态'],
    ['处理进度', 'complaints', '处理状态'],
    ['最终结果', 'complaints', '处理结果'],
    ['满意度评价', 'complaints', '回访满意度'],
    ['客户名称', 'complaints', '客户姓名'],
    ['电话1', 'complaints', '联系电话'],
    ['客户手机', 'complaints', '联系电话'],
    ['工单编号', 'complaints', '投诉编号'],
    ['投诉事项', 'complaints', '投诉内容'],
    ['首次回复', 'complaints', '首次答复时间'],
    ['首次响应时间', 'complaints', '首次答复时间'],
    ['处理完成时间', 'complaints', '结案时间'],
    ['单号', 'callbacks', '关联编号'],
    ['回访日期', 'callbacks', '实际回访时间'],
    ['回访内容', 'callbacks', '回访内容'],
    ['回访情况记录', 'callbacks', '回访内容'],
    ['报修时间', 'registration', '登记日期'],
    ['处理人员', 'registration', '解决人'],
    ['解决时间', 'registration', '解决日期'],
    ['订单编号', 'registration', '单号'],
    ['买家昵称', 'registration', '客户姓名'],
    ['退货原因', 'registration', '问题描述'],
    ['售后原因', 'registration', '问题描述'],
    ['退货状态', 'registration', '处理结果'],
    ['商品名称', 'registration', '产品型号'],
    ['员工姓名', 'roster', '姓名'],
    ['入职日期', 'roster', '入职日期'],
    ['在职状态', 'roster', '状态'],
    ['奖惩事由', 'ledger', '奖惩事由'],
    ['奖惩原因', 'ledger', '奖惩事由'],
    ['奖惩方式', 'ledger', '奖惩方式'],
    ['员工', 'ledger', '姓名'],
    ['进线人数', 'presales', '接待人数'],
    ['接待量', 'presales', '接待人数'],
    ['下单人数', 'presales', '成交笔数'],
    ['成交人数', 'presales', '成交笔数'],
    ['对话访客数', 'presales', '接待人数'],
    ['CALLS', 'presales', '接待人数'],
    ['SALE', 'presales', '成交笔数'],
    ['RMA Number', 'callbacks', '关联编号'],
    ['Total Calls Answered', 'presales', '接待人数'],
    ['Total Missed Calls', 'presales', '流失单数'],
    ['$ Received', 'ledger', '金额'],
    ['Award Name', 'ledger', '奖惩事由'],
    ['repair_action', 'registration', '解决方案'],
    ['Intervention ref.', 'registration', '单号'],
    ['Date creation intervention', 'registration', '登记日期'],
    ['Responsible', 'complaints', '受理人'],
    ['Responsible', 'registration', '解决人'],
    ['Assigned user', 'complaints', '受理人'],
    ['unAnswered', 'presales', '流失单数'],
    ['加粉总数', 'presales', '接待人数'],
    ['Error message', 'complaints', '投诉内容'],
    ['Exception description', 'registration', '问题描述'],
    ['Responsible department', 'ledger', '部门'],
    ['订购数', 'presales', '成交笔数'],
    // Notes, markers and forms that only need reading past.
    ['联系电话（手机）', 'complaints', '联系电话'],
    ['客户姓名*', 'complaints', '客户姓名'],
    ['*投诉时间：', 'complaints', '投诉时间'],
    ['回访类型（1-学车报名；2-', 'callbacks', '回访类型'],
    ['联系\n电话', 'complaints', '联系电话'],
    ['　投诉内容　', 'complaints', '投诉内容'],
    ['投诉内容【必填】', 'complaints', '投诉内容'],
    // What a customer thought is no customer's name; a call's purpose is its type.
    ['Customer Satisfaction', 'complaints', '回访满意度'],
    ['回访目的', 'callbacks', '回访类型'],
  ] as const)('%j → %s.%s', (header, kind, field) => {
    expect(readHeader(header).get(kind)?.field.key).toBe(field);
  });

  it('says which headers were read by rule rather than as listed', () => {
    expect(readHeader('联系电话').get('complaints')?.source).toBe('alias');
    expect(readHeader('联系电话（手机）').get('complaints')?.source).toBe('rule');
    expect(readHeader('投诉人电话').get('complaints')?.source).toBe('rule');
  });

  it('weighs a distinctive header above a generic one', () => {
    expect(readHeader('投诉内容').get('complaints')?.weight).toBe(3);
    expect(readHeader('姓名').get('complaints')?.weight).toBe(1);
    expect(readHeader('电话').get('registration')?.weight).toBe(1);
  });
});
