import type { RelationshipPhase } from '../domain/accounts.js';
import type { LocalizedText, RelationshipPlanTemplate, StageTemplate, StageTemplateStage, TemplateItem } from '../domain/plan/stageTemplate.js';

/**
 * The built-in sales processes and relationship plans. A plan keeps a snapshot of the template it
 * started from, so editing these (and bumping `version`) never changes a running plan.
 */

const text = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const item = (key: string, zh: string, en: string): TemplateItem => ({ key, label: text(zh, en) });

/** 六个阶段: from the first lead to the project's close, each stage ending at its key node. */
export const SIX_STAGES: StageTemplate = {
  key: 'six_stages',
  version: 1,
  name: text('六个阶段', 'Six stages'),
  stages: [
    {
      key: 'customer_development',
      name: text('客户开发', 'Customer development'),
      keyNode: text('准确的项目信息', 'Accurate project information'),
      exitCriteria: [
        item('need_confirmed', '客户需求已确认', 'The client’s need is confirmed'),
        item('budget_known', '预算情况已了解', 'The budget is known'),
        item('timeline_known', '采购进度（时间表）已了解', 'The purchase timeline is known'),
        item('decision_known', '决策人和决策流程已了解', 'Who decides, and how, is known'),
        item('competition_known', '主要竞争对手已了解', 'The main competitors are known'),
        item('strategy_fit', '已判断符合公司战略，决定跟进', 'Judged to fit our strategy; decided to pursue'),
      ],
      objectives: [
        text('找到并确认真实的销售线索', 'Find and confirm real sales leads'),
        text('评估销售机会是否值得投入', 'Judge whether the opportunity is worth pursuing'),
        text('判断项目是否符合公司战略', 'Check that the project fits our company strategy'),
      ],
      tasks: [
        item('find_leads', '客户线索寻找', 'Look for customer leads'),
        item('assess_need', '评估需求', 'Assess the need'),
        item('assess_timeline', '评估进度', 'Assess the timeline'),
        item('assess_budget', '评估预算', 'Assess the budget'),
        item('assess_competition', '评估竞争', 'Assess the competition'),
        item('assess_decision', '评估决策（决策人、决策流程）', 'Assess the decision (who decides, and how)'),
        item('assess_priorities', '评估客户的优先评估项', 'Assess what the client weighs first'),
        item('check_strategy_fit', '判断是否符合公司战略', 'Check the fit with our company strategy'),
      ],
    },
    {
      key: 'initiation',
      name: text('立项', 'Project initiation'),
      keyNode: text('售前立项', 'Pre-sales project approval'),
      exitCriteria: [
        item('approval_granted', '售前立项已获批准', 'The pre-sales project is approved'),
        item('team_formed', '项目团队已组建，分工明确', 'The project team is formed, with clear roles'),
        item('sales_plan_ready', '销售计划已制定', 'The sales plan is drawn up'),
      ],
      objectives: [
        text('通过售前立项审批，获得公司资源', 'Get the pre-sales project approved and resourced'),
        text('组建项目团队', 'Form the project team'),
        text('制定销售计划', 'Draw up the sales plan'),
      ],
      tasks: [
        item('presales_approval', '售前立项审批', 'Submit the pre-sales project for approval'),
        item('form_team', '组建项目团队（销售、售前、交付）', 'Form the project team (sales, pre-sales, delivery)'),
        item('sales_plan', '制定销售计划（目标、策略、时间表）', 'Draw up the sales plan (goals, strategy, timeline)'),
      ],
    },
    {
      key: 'proposal',
      name: text('提案', 'Proposal'),
      keyNode: text('有效的客户关系推进', 'Effective advance of client relationships'),
      exitCriteria: [
        item('coach_in_place', '已发展向导', 'We have a coach'),
        item('key_people_known', '关键人物表已完成', 'The key-person table is complete'),
        item('decision_maker_trusted', '与决策者达到信赖关系', 'The decision-maker trusts us'),
        item('solution_presented', '方案已向关键人物呈现并获认可', 'The solution is presented to the key people and accepted'),
      ],
      objectives: [
        text('发展向导，掌握客户内部信息', 'Develop a coach who tells us what happens inside'),
        text('与关键人物建立信赖关系', 'Earn the trust of the key people'),
        text('用价值主张和参考案例赢得认可', 'Win support with a value proposition and reference cases'),
      ],
      tasks: [
        item('develop_coach', '发展向导', 'Develop a coach'),
        item('key_person_table', '关键人物表', 'Fill in the key-person table'),
        item('pain_chain', '痛苦链分析', 'Analyse the pain chain'),
        item('value_proposition', '价值主张', 'Write the value proposition'),
        item('reference_cases', '参考案例', 'Prepare reference cases'),
        item('present_solution', '方案呈现', 'Present the solution'),
      ],
    },
    {
      key: 'tender',
      name: text('招投标', 'Tender'),
      keyNode: text('投标或议标', 'Bid or negotiated bid'),
      exitCriteria: [
        item('tender_studied', '招标文件已研读，风险已评估', 'The tender documents are studied and the risks weighed'),
        item('bid_submitted', '标书已按时提交，或议标已完成', 'The bid is in on time, or the negotiated bid is done'),
        item('award_confirmed', '中标或议标结果已确认', 'The award or negotiated result is confirmed'),
      ],
      objectives: [
        text('按时提交符合要求、有竞争力的标书', 'Submit a compliant, competitive bid on time'),
        text('赢得投标或议标', 'Win the tender or the negotiated bid'),
      ],
      tasks: [
        item('study_tender', '研读招标文件', 'Study the tender documents'),
        item('prepare_bid', '标书准备', 'Prepare the bid'),
        item('submit_bid', '投标或议标', 'Bid, or negotiate the bid'),
        item('clarify_bid', '述标与澄清', 'Present and clarify the bid'),
      ],
    },
    {
      key: 'negotiation',
      name: text('商务谈判', 'Commercial negotiation'),
      keyNode: text('合同审批和合同签订', 'Contract approval and signing'),
      exitCriteria: [
        item('negotiation_plan_ready', '谈判计划表已完成（目标、底线、让步与交换）', 'The negotiation plan is ready (goal, walk-away point, concessions and asks)'),
        item('contract_approved', '合同已通过双方审批', 'The contract is approved on both sides'),
        item('contract_signed', '合同已签订', 'The contract is signed'),
      ],
      objectives: [
        text('在底线之上达成合同条款', 'Agree contract terms above our walk-away point'),
        text('完成合同审批和签订', 'Get the contract approved and signed'),
      ],
      tasks: [
        item('negotiation_plan', '谈判计划表', 'Fill in the negotiation plan'),
        item('negotiate', '商务谈判', 'Negotiate the terms'),
        item('contract_approval', '合同审批', 'Take the contract through approval'),
        item('contract_signing', '合同签订', 'Sign the contract'),
      ],
    },
    {
      key: 'implementation',
      name: text('工程实施', 'Implementation'),
      keyNode: text('工程验收和项目结项', 'Acceptance and project close'),
      exitCriteria: [
        item('accepted', '工程已通过验收', 'The work has passed acceptance'),
        item('paid', '合同款项已回收', 'The contract has been paid'),
        item('closed', '项目已结项', 'The project is closed'),
      ],
      objectives: [
        text('按计划交付并通过验收', 'Deliver to plan and pass acceptance'),
        text('按时回款', 'Collect payment on time'),
        text('为下一个机会打好基础', 'Lay the ground for the next opportunity'),
      ],
      tasks: [
        item('implementation_plan', '实施计划', 'Draw up the implementation plan'),
        item('acceptance', '验收', 'Take the work through acceptance'),
        item('collect_payment', '回款', 'Collect payment'),
        item('close_project', '项目结项', 'Close the project'),
      ],
    },
  ],
};

// In the six steps each step starts where the one before ends; only the first has a start of its own.
const steps = (list: Omit<StageTemplateStage, 'startMarker'>[], firstStart: LocalizedText): StageTemplateStage[] =>
  list.map((step, i) => ({ ...step, startMarker: i === 0 ? firstStart : list[i - 1]!.endMarker! }));

/** 大客户销售六部曲: six steps, each with a start and an end marker. */
export const SIX_STEPS: StageTemplate = {
  key: 'six_steps',
  version: 1,
  name: text('大客户销售六部曲', 'Six steps of key-account selling'),
  stages: steps(
    [
      {
        key: 'account_analysis',
        name: text('客户分析', 'Account analysis'),
        keyNode: text('发现明确的销售机会', 'A clear sales opportunity found'),
        endMarker: text('发现明确的销售机会', 'A clear sales opportunity found'),
        exitCriteria: [
          item('org_mapped', '组织结构已分析清楚', 'The client’s organisation is mapped'),
          item('opportunity_found', '已发现明确的销售机会', 'A clear sales opportunity is found'),
        ],
        objectives: [
          text('了解客户的组织、业务和采购习惯', 'Understand the client’s organisation, business and buying habits'),
          text('判断是否存在值得投入的销售机会', 'Judge whether there is an opportunity worth pursuing'),
        ],
        tasks: [
          item('develop_coach', '发展向导', 'Develop a coach'),
          item('collect_info', '收集资料', 'Collect information'),
          item('org_analysis', '组织结构分析', 'Analyse the organisation'),
          item('judge_opportunity', '判断销售机会', 'Judge the sales opportunity'),
        ],
      },
      {
        key: 'build_trust',
        name: text('建立信任', 'Build trust'),
        keyNode: text('与关键人物建立良好关系', 'Good relationships with the key people'),
        endMarker: text('与关键人物建立良好关系', 'Good relationships with the key people'),
        exitCriteria: [
          item('key_people_met', '已拜访所有关键人物', 'Every key person has been visited'),
          item('coach_in_place', '已有向导', 'We have a coach'),
          item('key_people_relationship', '与关键人物建立了良好关系', 'We have good relationships with the key people'),
        ],
        objectives: [
          text('让关键人物认识并信任我们', 'Get the key people to know and trust us'),
          text('按客户的行为风格沟通', 'Approach each person in their behaviour style'),
        ],
        tasks: [
          item('prepare_visits', '拜访准备（目的、资料、问题、如何应对拒绝）', 'Prepare visits (purpose, material, questions, answers to a refusal)'),
          item('visit_key_people', '拜访关键人物', 'Visit the key people'),
          item('key_person_table', '关键人物表', 'Fill in the key-person table'),
          item('develop_coach', '发展向导', 'Develop a coach'),
        ],
      },
      {
        key: 'uncover_needs',
        name: text('挖掘需求', 'Uncover needs'),
        keyNode: text('明确的（通常是书面的）需求', 'Clear, usually written, requirements'),
        endMarker: text('明确的（通常是书面的）需求，了解采购阶段', 'Clear, usually written, requirements; the purchase stage is known'),
        exitCriteria: [
          item('needs_written', '需求已明确（通常为书面）', 'The requirements are clear (usually in writing)'),
          item('purchase_stage_known', '已了解客户所处的采购阶段', 'We know which purchase stage the client is in'),
          item('decision_power_known', '已判断谁拥有购买决策权', 'We know who really decides'),
        ],
        objectives: [
          text('了解客户的痛苦与期望，塑造或改变其构想', 'Learn the client’s pains and hopes; create or reshape their vision'),
          text('弄清采购流程和决策权', 'Learn the buying process and who decides'),
        ],
        tasks: [
          item('needs_interviews', '需求调研访谈', 'Interview the users about their needs'),
          item('pain_chain', '痛苦链分析', 'Analyse the pain chain'),
          item('written_requirements', '形成书面需求', 'Get the requirements in writing'),
          item('purchase_process', '与决策者沟通购买流程', 'Walk the buying process with the decision-maker'),
        ],
      },
      {
        key: 'present_value',
        name: text('呈现价值', 'Present value'),
        keyNode: text('开始谈判', 'Negotiation starts'),
        endMarker: text('开始谈判', 'Negotiation starts'),
        exitCriteria: [
          item('competition_analysed', '竞争分析已完成', 'The competition is analysed'),
          item('solution_presented', '方案已呈现并获关键人物认可', 'The solution is presented and the key people accept it'),
          item('negotiation_started', '客户已开始谈判', 'The client has started negotiating'),
        ],
        objectives: [
          text('以竞争分析为基础制定策略', 'Set a strategy on a competitive analysis'),
          text('让客户看到我方方案的价值', 'Show the client the value of our solution'),
        ],
        tasks: [
          item('competitive_analysis', '竞争分析', 'Analyse the competition'),
          item('strategy', '制定销售策略', 'Set the sales strategy'),
          item('value_proposition', '价值主张', 'Write the value proposition'),
          item('reference_cases', '参考案例', 'Prepare reference cases'),
          item('present_solution', '方案呈现', 'Present the solution'),
        ],
      },
      {
        key: 'win_commitment',
        name: text('赢取承诺', 'Win commitment'),
        keyNode: text('签订协议', 'Agreement signed'),
        endMarker: text('签订协议', 'Agreement signed'),
        exitCriteria: [
          item('negotiation_plan_ready', '谈判计划表已完成', 'The negotiation plan is ready'),
          item('agreement_signed', '协议已签订', 'The agreement is signed'),
        ],
        objectives: [
          text('处理异议，在底线之上达成协议', 'Handle objections; agree terms above our walk-away point'),
          text('签订协议', 'Sign the agreement'),
        ],
        tasks: [
          item('negotiation_plan', '谈判计划表', 'Fill in the negotiation plan'),
          item('handle_objections', '处理异议', 'Handle objections'),
          item('negotiate', '商务谈判', 'Negotiate the terms'),
          item('sign_agreement', '签订协议', 'Sign the agreement'),
        ],
      },
      {
        key: 'follow_up',
        name: text('跟进服务', 'Follow-up service'),
        keyNode: text('客户全额付款', 'Client paid in full'),
        endMarker: text('客户全额付款', 'Client paid in full'),
        exitCriteria: [
          item('delivered', '已交付并通过验收', 'Delivered and accepted'),
          item('paid_in_full', '客户已全额付款', 'The client has paid in full'),
        ],
        objectives: [
          text('兑现承诺，让客户满意', 'Deliver what we promised; keep the client satisfied'),
          text('收回全部款项', 'Collect the full payment'),
          text('发现新的销售机会', 'Find the next opportunity'),
        ],
        tasks: [
          item('delivery_follow_up', '跟进交付与实施', 'Follow delivery and implementation'),
          item('acceptance', '验收', 'Take the work through acceptance'),
          item('collect_payment', '回款', 'Collect payment'),
          item('satisfaction_visit', '客户满意度回访', 'Visit to check satisfaction'),
          item('next_opportunity', '发现新的销售机会', 'Look for the next opportunity'),
        ],
      },
    ],
    text('锁定目标客户', 'Target account locked'),
  ),
};

/** The built-in processes, the default first. */
export const STAGE_TEMPLATES: readonly StageTemplate[] = [SIX_STAGES, SIX_STEPS];
export const DEFAULT_STAGE_TEMPLATE_KEY = SIX_STAGES.key;

export const stageTemplateByKey = (key: string): StageTemplate | undefined => STAGE_TEMPLATES.find((template) => template.key === key);

/** The default objectives and tasks of each account relationship phase. */
export const RELATIONSHIP_PLAN_TEMPLATES: Readonly<Record<RelationshipPhase, RelationshipPlanTemplate>> = {
  establish: {
    phase: 'establish',
    version: 1,
    name: text('建立关系', 'Establish the relationship'),
    objectives: [
      text('认识关键人物，了解组织结构和决策链', 'Meet the key people; learn the organisation and the decision chain'),
      text('发展向导', 'Develop a coach'),
      text('让客户了解我们能带来的价值', 'Show the client what we can bring'),
    ],
    tasks: [
      item('org_map', '绘制组织结构和影响关系图', 'Map the organisation and who influences whom'),
      item('key_person_table', '建立关键人物表', 'Start the key-person table'),
      item('first_visits', '首次拜访关键人物（准备目的、资料、问题）', 'First visits to the key people (purpose, material, questions ready)'),
      item('develop_coach', '发展向导', 'Develop a coach'),
      item('company_introduction', '安排公司介绍或参观交流', 'Arrange a company introduction or a site visit'),
    ],
  },
  stabilize: {
    phase: 'stabilize',
    version: 1,
    name: text('稳定关系', 'Stabilize the relationship'),
    objectives: [
      text('关系不因一个人或一件事而动摇', 'Keep the relationship steady whatever one person or one event does'),
      text('在多个层级、多个渠道保持沟通', 'Keep in touch at several levels and through several channels'),
      text('及早发现并化解危机', 'Catch and defuse trouble early'),
    ],
    tasks: [
      item('crisis_prevention', '危机预防：识别风险人物和事件，准备应对预案', 'Crisis prevention: name the risky people and events, prepare a response'),
      item('multi_channel', '多渠道沟通：高层互访、技术交流、日常服务', 'Several communication channels: executive visits, technical exchanges, day-to-day service'),
      item('complaint_channel', '建立投诉渠道，承诺响应时限', 'Set up a complaint route with a promised response time'),
      item('second_contacts', '为每个关键岗位发展第二联系人', 'Develop a second contact for every key position'),
      item('satisfaction_review', '定期回顾客户满意度', 'Review client satisfaction regularly'),
    ],
  },
  strengthen: {
    phase: 'strengthen',
    version: 1,
    name: text('加强关系', 'Strengthen the relationship'),
    objectives: [
      text('把信赖关系发展为同盟', 'Turn trust into alliance'),
      text('成为客户的长期合作伙伴', 'Become the client’s long-term partner'),
      text('扩大合作范围', 'Widen what we do together'),
    ],
    tasks: [
      item('executive_engagement', '安排高层定期互访', 'Arrange regular executive visits'),
      item('joint_planning', '与客户共同制定年度规划', 'Plan the year together with the client'),
      item('value_review', '与客户共同回顾我方创造的价值', 'Review with the client the value we delivered'),
      item('whitespace', '寻找新的合作机会（空白点）', 'Look for new business (the whitespace)'),
      item('develop_allies', '发展同盟', 'Develop allies'),
    ],
  },
};
