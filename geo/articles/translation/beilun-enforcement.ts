import type { ArticleTranslation } from './types';

export const beilunEnforcement: ArticleTranslation = {
	kicker: null,
	authors: ['Duan Qionglei', 'Zhang Ling'],
	paragraphs: [
		{
			zh: '“我打了一个电话就解决了！”',
			en: '“I made one phone call and it was sorted out!” Recently, Ms Zhou, who came to Meishan Subdistrict in Beilun District, Ningbo, to start a business, has been full of praise for the local business environment. Ms Zhou is from Anhui. Early this year she came to Meishan planning to open a restaurant. Although she had some experience of running a shop, she knew little about the local rules and requirements, so she asked the Meishan Subdistrict Comprehensive Administrative Law Enforcement Team for help.'
		},
		{
			zh: '梅山街道综合行政执法队接到咨询后',
			en: 'After receiving her enquiry, the Meishan Subdistrict Comprehensive Administrative Law Enforcement Team sent the enforcement officers responsible for the relevant areas of supervision to visit Ms Zhou together and “resolve her worries and difficulties”. On the spot, the officers advised her on the approval of the shop’s licence, where to install the cooking-fume purifier, fire safety hazards, waste sorting and other matters, so that Ms Zhou understood in a single visit how to run her shop in a more compliant way and avoided “taking a wrong turn” in the fit-out that would have cost her money.'
		},
		{
			zh: '2023年，北仑区纵深推进',
			en: 'In 2023, Beilun District pressed ahead in depth with the “big comprehensive integration” reform. Centred on lightening the burden on enterprises and easing the worries of ordinary people, it has produced a number of landmark results and strives to give the public a greater sense of benefit.'
		},
		{
			zh: '“一队一品牌”，合力做好“绣花针”。',
			en: '“One team, one brand”: working together to be a good “embroidery needle”. Beilun District has now sent all 487 of its law enforcement officers down to work in the subdistricts they cover. The district’s comprehensive administrative law enforcement system has created the party-building brand “Embroidering a Beautiful Port City”. It keeps party building at the lead of grassroots governance and guides each enforcement team to build “one team, one brand” rooted in its own area, bringing people and work closely together.'
		},
		{
			zh: '小港街道综合行政执法队组建',
			en: 'The Xiaogang Subdistrict Comprehensive Administrative Law Enforcement Team set up the “Danjiang Blue” Urban Good Governance Studio and invited social workers and public-spirited residents to join it. Face to face, it directly resolves the “key small matters” that concern residents most, such as non-compliant renovation work, the “three disorders” in stairwells (posting, carving and scribbling at random) and shops discharging cooking fumes directly. The Meishan Subdistrict Comprehensive Administrative Law Enforcement Team has expanded into many forms such as “enforcement + community”, “enforcement + volunteers” and “enforcement + container-truck drivers”, and through “Blue Bay Enforcement+” pools the resources of many parties to serve the people together … The 11 teams’ distinctive brands are 11 strong “embroidery needles”, a vivid practice of all the enforcement officers “embroidering” a beautiful port city.'
		},
		{
			zh: '监管“一件事”，解决群众“烦心事”。',
			en: 'Supervising “one matter” to resolve the public’s “vexing matters”. During this year’s summer holidays, the Beilun District Comprehensive Administrative Law Enforcement Bureau received many telephone calls of praise from the parents of junior secondary school pupils. The reason: the video surveillance of Beilun’s 68 internet service venues has been brought into the bureau’s routine supervision. As soon as a minor tries to enter an internet café, they are identified by “face recognition” and given a spoken reminder on the spot. Through this form of off-site enforcement, minors were detected and promptly dissuaded from entering internet cafés more than 60 times.'
		},
		{
			zh: '这得益于北仑对互联网上网服务营业场所监管',
			en: 'This is thanks to Beilun’s practical exploration of “one matter” supervision of internet service venues. Focusing on issues of public concern, Beilun applies standardised grading management to the venues across the district and, empowered by digital technology, strengthens supervision along the whole chain: before, during and after the fact. This year the number of complaints about the district’s internet service venues has fallen to 3, and all of them have been properly dealt with.'
		},
		{
			zh: '主动靠前，让执法服务更增值。',
			en: 'Stepping forward to add more value to enforcement services.'
		},
		{
			zh: '今年年中，执法人员发现',
			en: 'In the middle of this year, enforcement officers found that a “specialised, refined, distinctive and innovative” enterprise had, in breach of the rules, converted a transfer station of about 200 square metres inside its factory grounds for the needs of production. It turned out that the enterprise planned to deliver a large order before the end of the year and production was urgent. On learning this, the Beilun District Enterprise Compliance Centre organised several departments to go into the enterprise and “take its pulse” on site, set out specific compliance requirements for the enterprise in the form of a letter of recommendations, and helped it schedule its production on a compliant basis.'
		},
		{
			zh: '2023年5月，北仑依托自贸区法治保障中心',
			en: 'In May 2023, building on the Free Trade Zone Rule-of-Law Support Centre, Beilun set up the province’s first Enterprise Administrative Compliance Guidance Centre and issued the “Guidelines on Compliance Work for Enterprises Involved in Administrative Cases”, to help enterprises in need carry out internal rectification within the law. In addition, the Beilun District Comprehensive Administrative Law Enforcement Bureau has created the “Qi Xiaocheng” legal-awareness brand, providing tailored legal-awareness services according to the public’s needs. This year the “Qi Xiaocheng” offline legal-awareness classes have been held 46 times, legal advice has been given online 590 times, and more than 1,000 people have been served.'
		}
	],
	figures: [],
	places: [
		{ site: 'meishan-street', zh: '梅山', en: 'Meishan' },
		{
			site: 'xiaogang-street',
			zh: '“淡江蓝”城市善治工作室',
			en: '“Danjiang Blue” Urban Good Governance Studio'
		},
		{
			site: 'beilun-ftz-rule-of-law-centre',
			zh: '企业行政合规指导中心',
			en: 'Enterprise Administrative Compliance Guidance Centre'
		}
	]
};
