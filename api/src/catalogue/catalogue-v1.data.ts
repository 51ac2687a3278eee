/**
 * Catalogue v1: the starting template of recommendation areas and action steps
 * that a national reform plan is built from.
 *
 * Based on WHO, Guidance on community mental health services (2021). All text
 * below is the project's own paraphrase for planners, not WHO wording. The step
 * keys and numbering are a draft (see /work/shared/product/guidance.md) and must
 * be checked against the guidance before they are relied on.
 */

export const PRINCIPLES = ['legal_capacity', 'non_coercion', 'community_inclusion', 'participation', 'recovery'] as const;
export type Principle = (typeof PRINCIPLES)[number];
export const SERVICE_TYPES = ['crisis', 'hospital', 'community_centre', 'peer_support', 'outreach', 'supported_living', 'network'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];
export interface CatalogueStepSeed { key: string; title: string; description: string; principles: Principle[]; serviceTypes: ServiceType[]; }
export interface CatalogueAreaSeed { key: string; title: string; description: string; crossCutting: boolean; steps: CatalogueStepSeed[]; }
export interface CatalogueSeed { version: number; label: string; source: string; areas: CatalogueAreaSeed[]; }

export const CATALOGUE_V1: CatalogueSeed = {
  version: 1,
  label: 'WHO community mental health guidance (2021) — catalogue v1',
  source:
    'Based on WHO, Guidance on community mental health services: promoting person-centred and rights-based approaches (Geneva, 2021), ISBN 978-92-4-002570-7, licence CC BY-NC-SA 3.0 IGO. Steps are paraphrased in our own words and their keys and numbering are a draft: check each step against the guidance.',
  areas: [
    {
      key: 'POL',
      title: 'Mental health policy and strategy',
      description:
        'Set the national direction for reform: a policy and strategy, in line with the CRPD, that commit the country to rights-based, recovery-oriented support in the community instead of care in institutions.',
      crossCutting: false,
      steps: [
        {
          key: 'POL-01',
          title: 'Align national mental health policy with the CRPD',
          description:
            'Review the current policy against the Convention on the Rights of Persons with Disabilities and rewrite the parts that fall short. Done when the adopted policy states its CRPD basis and each commitment can be traced to the Convention.',
          principles: ['legal_capacity', 'non_coercion', 'community_inclusion'],
          serviceTypes: [],
        },
        {
          key: 'POL-02',
          title: 'Adopt a costed, time-bound plan to close long-stay institutions',
          description:
            'Set dates, budgets and responsibilities for moving residents out of long-stay psychiatric institutions, build community alternatives first, and rule out opening new institutions. Done when the plan is approved with a budget and a published closure timetable.',
          principles: ['community_inclusion', 'recovery'],
          serviceTypes: ['community_centre', 'supported_living', 'network'],
        },
        {
          key: 'POL-03',
          title: 'Turn the five rights-based principles into measurable objectives',
          description:
            'Express legal capacity, non-coercion, participation, community inclusion and recovery as objectives with indicators, baselines and targets. Done when every principle has at least one indicator that is reported on regularly.',
          principles: ['legal_capacity', 'non_coercion', 'recovery'],
          serviceTypes: [],
        },
        {
          key: 'POL-04',
          title: 'Build mental health into universal health coverage and primary care',
          description:
            'Make community mental health support part of the national benefit package and of primary care, so people can get help close to home. Done when the benefit package lists mental health services and primary care teams have a defined mental health role.',
          principles: ['community_inclusion'],
          serviceTypes: ['community_centre', 'network'],
        },
        {
          key: 'POL-05',
          title: 'Set up joint work with housing, social protection, jobs, education and justice',
          description:
            'Create a standing mechanism, such as an inter-ministerial committee with shared targets, through which these sectors plan and fund support together. Done when it meets regularly and each sector has committed actions in the plan.',
          principles: ['community_inclusion', 'recovery'],
          serviceTypes: [],
        },
        {
          key: 'POL-06',
          title: 'Involve people with lived experience and OPDs at every stage of the policy',
          description:
            'Give people with lived experience and organisations of persons with disabilities (OPDs) a formal, resourced role in drafting, carrying out and monitoring the policy. Done when they sit on the steering bodies and their input is recorded and answered.',
          principles: ['participation'],
          serviceTypes: [],
        },
        {
          key: 'POL-07',
          title: 'Set up independent monitoring and quality assessment of facilities',
          description:
            'Have a body that is independent of providers inspect inpatient and community facilities regularly against rights-based quality standards. Done when every facility has been assessed, the reports are published and follow-up actions are tracked.',
          principles: ['non_coercion', 'legal_capacity'],
          serviceTypes: [],
        },
      ],
    },
    {
      key: 'LAW',
      title: 'Law reform',
      description:
        'Bring mental health law and the related guardianship, civil, criminal and health laws into line with the CRPD, so that the law protects rights instead of permitting coercion and substitute decisions.',
      crossCutting: false,
      steps: [
        {
          key: 'LAW-01',
          title: 'Review every law that affects people with psychosocial disabilities',
          description:
            'Map all laws touching mental health or psychosocial disability, including guardianship, civil, criminal and health law, and assess each against the CRPD. Done when a published gap analysis lists every provision to repeal or amend.',
          principles: ['legal_capacity', 'non_coercion'],
          serviceTypes: [],
        },
        {
          key: 'LAW-02',
          title: 'Replace guardianship with supported decision-making and equal legal capacity',
          description:
            'Change the law so that people with psychosocial disabilities keep their legal capacity and can choose people to help them decide, instead of others deciding for them. Done when guardianship regimes are repealed and support arrangements exist in practice.',
          principles: ['legal_capacity'],
          serviceTypes: [],
        },
        {
          key: 'LAW-03',
          title: 'Make advance plans legally binding',
          description:
            'Give people the right to record in advance their wishes about future support and treatment, and oblige services to follow them. Done when the law recognises such plans and services can show how they record and honour them.',
          principles: ['legal_capacity', 'non_coercion'],
          serviceTypes: [],
        },
        {
          key: 'LAW-04',
          title: 'Phase out involuntary admission, forced treatment, seclusion and restraint',
          description:
            'Make free and informed consent the legal basis of all care and set a dated path to end coercive measures. Done when the law requires consent, the phase-out timetable is in force, and recorded use of coercion is falling.',
          principles: ['non_coercion', 'legal_capacity'],
          serviceTypes: [],
        },
        {
          key: 'LAW-05',
          title: 'Guarantee access to justice: complaints, legal aid and remedies',
          description:
            'Provide independent complaint routes, free legal aid and effective remedies for people whose rights are violated, inside or outside services. Done when people know how to complain, cases are handled within set times and outcomes are reported.',
          principles: ['legal_capacity', 'non_coercion'],
          serviceTypes: [],
        },
        {
          key: 'LAW-06',
          title: 'Ban discrimination and require reasonable accommodation',
          description:
            'Prohibit discrimination on grounds of psychosocial disability in every area of life, and treat a refusal of reasonable accommodation as discrimination. Done when the law says so and people can enforce it through the courts or an equality body.',
          principles: ['community_inclusion'],
          serviceTypes: [],
        },
        {
          key: 'LAW-07',
          title: 'Create an independent monitoring body with lived-experience members',
          description:
            'Set up a body, independent of government and providers, to oversee how the law is applied, with people with lived experience among its members. Done when it has its own budget, powers to visit any facility, and publishes reports.',
          principles: ['participation', 'non_coercion'],
          serviceTypes: [],
        },
        {
          key: 'LAW-08',
          title: 'Involve OPDs as full participants in drafting laws',
          description:
            'Bring organisations of persons with disabilities into law drafting from the start, with accessible drafts and enough time to respond. Done when they have taken part in each draft and their views are reflected or answered in writing.',
          principles: ['participation'],
          serviceTypes: [],
        },
      ],
    },
    {
      key: 'SVC',
      title: 'Service delivery',
      description:
        'Build a varied, integrated network of community services that respect rights, avoid coercion and support recovery, and reshape existing services along the same lines.',
      crossCutting: false,
      steps: [
        {
          key: 'SVC-01',
          title: 'Scale up the seven service types as one connected network',
          description:
            'Develop crisis, hospital-based, community centre, peer support, outreach and supported living services and link them into a network serving a defined population. Done when each type is available in every region, with agreed referral routes between them.',
          principles: ['community_inclusion', 'recovery'],
          serviceTypes: ['crisis', 'hospital', 'community_centre', 'peer_support', 'outreach', 'supported_living', 'network'],
        },
        {
          key: 'SVC-02',
          title: 'Provide acute care in general hospitals, linked to primary care',
          description:
            'Move acute inpatient care out of psychiatric hospitals into general hospital units that work closely with primary care and community teams. Done when most acute admissions are to general hospitals and every discharge is planned with community services.',
          principles: ['community_inclusion', 'non_coercion'],
          serviceTypes: ['hospital'],
        },
        {
          key: 'SVC-03',
          title: 'Transform existing services and avoid creating mini-institutions',
          description:
            'Redesign existing facilities, staffing and routines around rights-based practice, and check that new services such as group homes do not bring back institutional rules and isolation. Done when a review of each service finds no institutional practices.',
          principles: ['community_inclusion', 'recovery'],
          serviceTypes: ['hospital', 'supported_living'],
        },
        {
          key: 'SVC-04',
          title: 'Apply core rights-based practices in every service',
          description:
            'Make personal recovery plans, advance plans, open doors and the absence of seclusion and restraint the standard in all services. Done when each service has written policies on these points and regular audits show they are followed.',
          principles: ['non_coercion', 'recovery', 'legal_capacity'],
          serviceTypes: ['crisis', 'hospital', 'community_centre', 'peer_support', 'outreach', 'supported_living', 'network'],
        },
        {
          key: 'SVC-05',
          title: 'Make services accessible, affordable and culturally appropriate',
          description:
            'Remove barriers of cost, distance and language, and adapt services to gender, age, minority groups and local culture. Done when use of services is monitored by group and the gaps found are closing.',
          principles: ['community_inclusion'],
          serviceTypes: [],
        },
        {
          key: 'SVC-06',
          title: 'Create formal links with housing, income, employment and education services',
          description:
            'Agree referral routes and joint working between mental health services and the services for housing, income, work and study. Done when written agreements are in place and referrals between the sectors are tracked.',
          principles: ['community_inclusion', 'recovery'],
          serviceTypes: ['network'],
        },
      ],
    },
    {
      key: 'FIN',
      title: 'Financing',
      description:
        'Pay for the move from institutions to community services and keep community services funded over the long term, with money following rights-based practice.',
      crossCutting: false,
      steps: [
        {
          key: 'FIN-01',
          title: 'Increase the share of health and social budgets spent on mental health',
          description:
            'Set a target share of health and social spending for mental health and raise allocations towards it year by year. Done when budget documents show the share rising as planned.',
          principles: ['community_inclusion', 'recovery'],
          serviceTypes: [],
        },
        {
          key: 'FIN-02',
          title: 'Shift funds from institutions to community services and ring-fence them',
          description:
            'Move the money released by closing beds and institutions into community services, and protect it so it cannot be diverted elsewhere. Done when budget lines show the transfer and community budgets are formally protected.',
          principles: ['community_inclusion'],
          serviceTypes: [],
        },
        {
          key: 'FIN-03',
          title: 'Fund institutional and community services in parallel during the transition',
          description:
            'Provide bridging money so that new community services are running before institutions close and nobody is left without support. Done when a transition budget covering the whole period to closure is approved.',
          principles: ['community_inclusion', 'recovery'],
          serviceTypes: [],
        },
        {
          key: 'FIN-04',
          title: 'Cover community, peer and psychosocial services in health coverage and insurance',
          description:
            'Include community-based, peer support and psychosocial services in public benefit packages and insurance schemes, not only medicines and hospital stays. Done when these services are listed and reimbursed.',
          principles: ['recovery', 'community_inclusion'],
          serviceTypes: ['community_centre', 'peer_support', 'outreach'],
        },
        {
          key: 'FIN-05',
          title: 'Fund peer-run and OPD-led services and social protection',
          description:
            'Give peer-run services and services led by organisations of persons with disabilities stable funding, and make sure people can get social protection payments. Done when these services hold multi-year contracts and benefit rules do not exclude them.',
          principles: ['participation', 'recovery'],
          serviceTypes: ['peer_support'],
        },
        {
          key: 'FIN-06',
          title: 'Link payment to rights and quality standards and remove incentives for beds',
          description:
            'Change payment methods so that providers are paid for meeting rights-based quality standards rather than for occupied beds or long stays. Done when contracts include these conditions and bed-based payments are being phased out.',
          principles: ['non_coercion', 'community_inclusion'],
          serviceTypes: ['hospital'],
        },
      ],
    },
    {
      key: 'WFD',
      title: 'Workforce development',
      description:
        'Give health and social care staff the skills, attitudes and support they need for rights-based, person-centred practice, and bring peer workers into the workforce.',
      crossCutting: false,
      steps: [
        {
          key: 'WFD-01',
          title: 'Train health and social care staff in rights-based practice',
          description:
            'Train current staff, managers included, in the CRPD, supported decision-making, non-coercive practice and recovery. Done when an agreed share of staff in every service has completed the training and changes in practice are checked.',
          principles: ['legal_capacity', 'non_coercion', 'recovery'],
          serviceTypes: [],
        },
        {
          key: 'WFD-02',
          title: 'Revise pre-service curricula for health and social care professions',
          description:
            'Work with universities and professional bodies to build rights-based, recovery-oriented content into the training of doctors, nurses, psychologists, social workers and others. Done when revised curricula are approved and people with lived experience help teach them.',
          principles: ['legal_capacity', 'recovery'],
          serviceTypes: [],
        },
        {
          key: 'WFD-03',
          title: 'Create paid peer-support roles with career paths',
          description:
            'Set job descriptions, pay grades, training and progression routes for peer support workers in public services. Done when peer workers are employed on equal terms across the service network.',
          principles: ['participation', 'recovery'],
          serviceTypes: ['peer_support'],
        },
        {
          key: 'WFD-04',
          title: 'Share tasks with supervised lay and community workers',
          description:
            'Train lay and community workers to give basic psychosocial support under regular supervision, reaching people that specialists do not. Done when trained, supervised workers are active in every district.',
          principles: ['community_inclusion'],
          serviceTypes: ['outreach'],
        },
        {
          key: 'WFD-05',
          title: 'Retrain and redeploy institutional staff into community services',
          description:
            'Offer staff of closing institutions retraining and new posts in community services, so that their experience is kept and their jobs are secure. Done when a redeployment plan has been agreed with staff and their representatives and carried out.',
          principles: ['community_inclusion'],
          serviceTypes: [],
        },
        {
          key: 'WFD-06',
          title: 'Provide ongoing supervision and reflective practice',
          description:
            'Give all staff regular supervision and protected time to reflect on their work, including on power, coercion and shared decisions. Done when supervision is scheduled and attended in every service.',
          principles: ['non_coercion', 'recovery'],
          serviceTypes: [],
        },
      ],
    },
    {
      key: 'PSY',
      title: 'Psychosocial and psychological interventions',
      description:
        'Make a choice of supports beyond medication available in every setting, from talking therapies to peer groups and practical social help.',
      crossCutting: false,
      steps: [
        {
          key: 'PSY-01',
          title: 'Offer a wide range of psychosocial, psychological and social supports everywhere',
          description:
            'Make sure people can choose among talking therapies, psychosocial support and practical social help in all settings, primary care included. Done when each setting offers several options and people are told about them.',
          principles: ['recovery', 'community_inclusion'],
          serviceTypes: ['crisis', 'hospital', 'community_centre', 'outreach'],
        },
        {
          key: 'PSY-02',
          title: 'Adopt trauma-informed and dialogical approaches',
          description:
            'Train teams in approaches that take account of trauma and that bring the person and their network into open conversations about what is happening and what to do. Done when teams use these approaches routinely and are supervised in them.',
          principles: ['non_coercion', 'recovery'],
          serviceTypes: ['crisis'],
        },
        {
          key: 'PSY-03',
          title: 'Support self-help, peer groups and community options',
          description:
            'Help set up and sustain self-help resources, peer groups such as hearing voices groups, and other community options, and make them known. Done when such groups exist in every area and services refer people to them.',
          principles: ['participation', 'recovery', 'community_inclusion'],
          serviceTypes: ['peer_support'],
        },
      ],
    },
    {
      key: 'DRG',
      title: 'Psychotropic drugs',
      description:
        'Use psychotropic medication only on the basis of informed choice, keep essential medicines available for those who want them, and support people who wish to reduce or stop.',
      crossCutting: false,
      steps: [
        {
          key: 'DRG-01',
          title: 'Give full information on medication and ensure genuinely free consent',
          description:
            'Explain clearly the expected benefits, risks and side effects of psychotropic medication and its alternatives, and respect the decision the person makes. Done when accessible information is available and consent is recorded without pressure.',
          principles: ['legal_capacity', 'non_coercion'],
          serviceTypes: [],
        },
        {
          key: 'DRG-02',
          title: 'Support people who want to reduce or stop medication',
          description:
            'Provide guidance, monitoring and support for people who choose to taper or stop psychotropic medication. Done when prescribers follow an agreed protocol for this and people report being supported in their choice.',
          principles: ['legal_capacity', 'recovery'],
          serviceTypes: [],
        },
        {
          key: 'DRG-03',
          title: 'Prevent over-prescribing, polypharmacy and chemical restraint',
          description:
            'Review prescribing regularly, limit high doses and combinations of medicines, and forbid the use of medication to control behaviour. Done when regular prescribing audits show these practices falling.',
          principles: ['non_coercion'],
          serviceTypes: ['hospital'],
        },
        {
          key: 'DRG-04',
          title: 'Make essential psychotropic medicines available in the community',
          description:
            'Keep essential psychotropic medicines affordable and in stock in primary care and community services for people who choose to use them. Done when stock-outs are rare and their cost is covered.',
          principles: ['community_inclusion'],
          serviceTypes: ['community_centre'],
        },
      ],
    },
    {
      key: 'INF',
      title: 'Information systems',
      description:
        'Measure how the reform is progressing, including coercion, the shift to community services and the outcomes that matter to people, and make the results public so the reform can be held to account.',
      crossCutting: false,
      steps: [
        {
          key: 'INF-01',
          title: 'Monitor the use of coercion',
          description:
            'Record and report involuntary admissions, seclusion, restraint and forced treatment in every facility. Done when these data are collected routinely, published, and used to set reduction targets.',
          principles: ['non_coercion'],
          serviceTypes: ['crisis', 'hospital'],
        },
        {
          key: 'INF-02',
          title: 'Track the transition from institutions to community services',
          description:
            'Follow the number of psychiatric beds and long-stay residents, the budget shares and the coverage of community services over time. Done when these figures are reported at least yearly against the targets of the plan.',
          principles: ['community_inclusion'],
          serviceTypes: [],
        },
        {
          key: 'INF-03',
          title: 'Measure social and recovery outcomes and the experience of service users',
          description:
            'Collect data on housing, work, social contact and personal recovery, and ask people about their experience of services. Done when these measures are part of routine reporting.',
          principles: ['recovery', 'community_inclusion', 'participation'],
          serviceTypes: [],
        },
        {
          key: 'INF-04',
          title: 'Collect disaggregated data while protecting confidentiality',
          description:
            'Break data down by sex, age, disability and other relevant factors, with strong safeguards for privacy and consent. Done when reports show disaggregated figures and data protection rules are applied.',
          principles: ['legal_capacity', 'community_inclusion'],
          serviceTypes: [],
        },
        {
          key: 'INF-05',
          title: 'Define indicators with people with lived experience and publish the results',
          description:
            'Develop the monitoring indicators together with people with lived experience and make the results openly available. Done when the indicator set has been agreed with them and results are published on a fixed schedule.',
          principles: ['participation'],
          serviceTypes: [],
        },
      ],
    },
    {
      key: 'CIV',
      title: 'Civil society and community involvement',
      description:
        'Work with people with lived experience and their organisations as partners in reform, and with families and communities to counter stigma.',
      crossCutting: false,
      steps: [
        {
          key: 'CIV-01',
          title: 'Fund and strengthen OPDs and peer-led organisations',
          description:
            'Give organisations of persons with disabilities and peer-led groups stable funding and help them build their capacity. Done when they have multi-year funding and are active across the country.',
          principles: ['participation'],
          serviceTypes: ['peer_support'],
        },
        {
          key: 'CIV-02',
          title: 'Make participation meaningful, accessible and paid',
          description:
            'Pay people with lived experience for their time, use accessible information and meeting formats, and show how their input changed decisions. Done when a participation policy with payment rates is in force.',
          principles: ['participation'],
          serviceTypes: [],
        },
        {
          key: 'CIV-03',
          title: 'Include OPDs in monitoring and evaluation',
          description:
            'Give organisations of persons with disabilities a formal role in monitoring services and evaluating the reform, including visits and review of data. Done when they take part in every monitoring cycle.',
          principles: ['participation', 'non_coercion'],
          serviceTypes: [],
        },
        {
          key: 'CIV-04',
          title: 'Engage families, community and faith leaders and the media against stigma',
          description:
            'Work with families, community and faith leaders and journalists to challenge stigma and discrimination and to welcome people into community life. Done when activities have reached these groups and changes in attitudes are measured.',
          principles: ['community_inclusion'],
          serviceTypes: [],
        },
      ],
    },
    {
      key: 'RES',
      title: 'Research',
      description:
        'Build evidence on rights-based community services, their costs and outcomes, through research that involves people with lived experience and respects their rights.',
      crossCutting: false,
      steps: [
        {
          key: 'RES-01',
          title: 'Evaluate the outcomes and costs of non-coercive community services',
          description:
            'Fund studies that compare the outcomes and costs of rights-based community services with those of conventional services. Done when evaluations are published and used in planning decisions.',
          principles: ['non_coercion', 'recovery'],
          serviceTypes: [],
        },
        {
          key: 'RES-02',
          title: 'Support participatory and user-led research',
          description:
            'Fund research designed and led by people with lived experience, and involve them at every stage of other studies. Done when a set share of research funding goes to such work.',
          principles: ['participation'],
          serviceTypes: [],
        },
        {
          key: 'RES-03',
          title: 'Set research priorities beyond biomedicine',
          description:
            'Give social, psychological and rights-related questions real weight in the national research agenda, alongside biomedical ones. Done when the agenda and funding calls reflect this balance.',
          principles: ['recovery', 'community_inclusion'],
          serviceTypes: [],
        },
        {
          key: 'RES-04',
          title: 'Apply research ethics consistent with the CRPD',
          description:
            'Make sure ethics rules for research respect legal capacity and free, informed consent, and protect participants from coercion. Done when ethics committees apply CRPD-based guidance.',
          principles: ['legal_capacity', 'non_coercion'],
          serviceTypes: [],
        },
      ],
    },
    {
      key: 'SOC',
      title: 'Links with the social sector',
      description:
        'A cross-cutting theme of the guidance, not one of its ten recommendation areas: housing, employment, education and social protection must change too, so that people can live and take part in the community.',
      crossCutting: true,
      steps: [
        {
          key: 'SOC-01',
          title: 'Provide housing with support',
          description:
            'Help people live in ordinary housing of their choice, with flexible support that fits their needs. Done when people leaving institutions or at risk of homelessness can get such housing without long waits.',
          principles: ['community_inclusion', 'recovery'],
          serviceTypes: ['supported_living'],
        },
        {
          key: 'SOC-02',
          title: 'Offer supported employment',
          description:
            'Help people find and keep paid work in ordinary workplaces, with ongoing support for them and their employers. Done when such programmes are available in each region and employment rates are tracked.',
          principles: ['community_inclusion', 'recovery'],
          serviceTypes: [],
        },
        {
          key: 'SOC-03',
          title: 'Support access to education',
          description:
            'Make schools, colleges and universities accessible, with adjustments and support so people can start or continue their studies. Done when institutions have support arrangements and enrolment is tracked.',
          principles: ['community_inclusion'],
          serviceTypes: [],
        },
        {
          key: 'SOC-04',
          title: 'Ensure social protection and income support',
          description:
            'Make sure people with psychosocial disabilities can get disability and other benefits, without losing them when they start work and without conditions tied to accepting treatment. Done when eligibility rules have been revised accordingly.',
          principles: ['community_inclusion', 'non_coercion'],
          serviceTypes: [],
        },
      ],
    },
  ],
};
