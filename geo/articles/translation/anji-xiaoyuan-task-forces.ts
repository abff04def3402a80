import type { ArticleTranslation } from './types';

export const anjiXiaoyuanTaskForces: ArticleTranslation = {
	kicker: null,
	authors: ['Shen Jiayi', 'Chen Yulan'],
	paragraphs: [
		{
			zh: '日前，在安吉平台西拓项目施工现场',
			en: 'Recently, at the construction site of the Anji Platform Westward Expansion Project, members of the task forces of Xiaoyuan Subdistrict, Anji County, together with the officials responsible from the Anji County Development and Reform Bureau and the Anji Development Zone, held repeated discussions on the progress of the project, the problems it faces and the plan for the next stage of work, to make sure the construction is completed on schedule.'
		},
		{
			zh: '今年，孝源街道以项目为王、产业为基',
			en: 'This year, Xiaoyuan Subdistrict, treating projects as king and industry as the foundation, has been speeding up on all fronts the integration of industry and city, of industry and education, and of town and country. Following the requirements of its practice theme of getting things done and striving to be first, “Xiaoyuan’s Five Changes · Achievements Start with Me”, it has set up five major task forces, among them the task forces for raising the quality of the platform’s westward expansion, for bringing together the functions of the town centre, for multiplying the empowerment of science and innovation, and for upgrading rural culture and tourism, and is doing its utmost to carry every key task through to delivery.'
		},
		{
			zh: '以平台引项目，以项目引人才。',
			en: 'Using the platform to attract projects, and projects to attract talent. At present, each task force keeps improving how it carries out and delivers its work, steadily advancing the construction of the key projects. The town-centre functions task force, following the principle of suiting measures to local conditions and the idea of integrated urban and rural development, is improving the town centre’s basic facilities through diverse forms of investment such as seeking support for projects and bringing in private capital, raising the overall environment and appearance of the town centre in every respect; in future it will also use idle land to develop night-economy projects. Meanwhile, the science-and-innovation empowerment task force is going all out to set up 20 scientific and technological research projects based on Anji’s industrial needs, has brought in 11 full-time young PhDs, and is speeding up the move of young talent into the community, using the strength of youth to empower the high-quality development of the area.'
		},
		{
			zh: '以“文”促发展，以“旅”期未来。',
			en: 'Promoting development through “culture”, looking to the future through “tourism”. “By the end of this year, our aim is to speed up the formation of a culture and tourism industry with Xiaoyuan Subdistrict’s own character and to boost the rural economy,” said Shao Juan, the official responsible for the rural culture and tourism upgrading task force. The task force takes the development of tourism as an industry as its core and planning for all-area tourism as its guide. Together with the improvement project for the two streams at Luosifang, it is making the most of its waters, bringing new life to the International Auto Camp area and steadily increasing investment in new culture and tourism projects. At present, a number of culture and tourism projects, including Xiangjian · Zhuhaili and Jibai · Chaxingkong, are advancing in an orderly way. In addition, by distilling the practices of typical rural revitalisation cases with outstanding highlights, notable results and value as examples to lead others, it continues to push forward work such as fund-raising and extending the “shared canteen” to more villages, effectively raising residents’ sense of benefit and of happiness.'
		},
		{
			zh: '值得一提的是，为推动专班化工作提速见效',
			en: 'It is worth mentioning that, to speed up the task forces’ work and make it effective, Xiaoyuan Subdistrict has also introduced a series of supporting measures: it holds at least one progress meeting every week to study and solve problems that arise as the work advances; every month it sets out detailed tasks and checks what has been achieved against the work targets; and every quarter it holds a “look back” exercise, creating a good working atmosphere of “competing to catch up and overtake”.'
		},
		{
			zh: '“接下来，各个工作专班将加大工作力度',
			en: '“Next, each task force will step up its work, taking the construction of major projects as the main lever, coordinating all the units concerned to cooperate closely and act together, getting the problems clearly sorted out and finding solid and accurate methods, to unleash the effectiveness of industrial development,” said an official responsible at Xiaoyuan Subdistrict.'
		}
	],
	figures: [
		{
			zh: '安吉县孝源街道联合县发改局、安吉开发区',
			en: 'Xiaoyuan Subdistrict, Anji County, together with the Anji County Development and Reform Bureau and the Anji Development Zone, holds an on-site consultation on advancing the work of the westward-expansion platform. (Photo courtesy of Xiaoyuan Subdistrict, Anji County)'
		}
	],
	places: [
		{ site: 'xiaoyuan-street', zh: '孝源', en: 'Xiaoyuan' },
		{ site: 'anji-platform-west', zh: '西拓平台', en: 'westward-expansion platform' },
		{ site: 'anji-drc', zh: '县发改局', en: 'Anji County Development and Reform Bureau' }
	]
};
