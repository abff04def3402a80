/**
 * English titles and summaries written for this project. They condense what each article says and
 * add nothing it does not say: no names, numbers or facts beyond the Chinese text, which stays the
 * original. Terms the article coins are kept in Chinese where a translation would be a guess.
 */
import type { ArticleId } from '../../src/lib/data/types';

export const ENGLISH: Record<ArticleId, { title_en: string; summary_en: string }> = {
	'beilun-enforcement': {
		title_en: 'Ningbo Beilun: the “big comprehensive integration” reform raises residents’ sense of benefit',
		summary_en:
			'In 2023 Beilun District pressed ahead with its “big comprehensive integration” reform of administrative law enforcement, to lighten the load on businesses and ease residents’ worries. All 487 of its enforcement officers now work in the subdistricts, where each team builds a brand of its own under the party-building brand “绣美港城”; in Meishan a team came to the door to show a newcomer how to open her food business within the rules. The district watches the video feeds of its 68 internet cafés to keep minors out, and in May 2023 set up the province’s first guidance centre for enterprises’ administrative compliance.'
	},
	'jiangbei-118-community': {
		title_en:
			'Qianjiang Subdistrict, Jiangbei, explores a way of governing an industrial community and closes the “last metre” of services to firms',
		summary_en:
			'The 118 Industrial Community in Qianjiang Subdistrict, Ningbo’s Jiangbei District, covers 7.8 square kilometres with 2,444 firms and more than 30,000 workers, served by 5 community cadres and full-time grid workers. It links firms through party-building alliances along four industrial chains, divides 164 key firms into 5 grids and 77 micro-grids, and takes firms’ problems to people’s deputies in evening talks, which produced a traffic plan for the works on Tonghui Road. An online ordering platform brings services to workers, such as summer classes for their children.'
	},
	'yuhang-ai-tongxinhui': {
		title_en: 'United in purpose to help development, hand in hand to create the future',
		summary_en:
			'Yuhang Subdistrict in Hangzhou’s Yuhang District had the local association of people of the new social strata set up “AI同心荟”, a platform for people working in artificial intelligence that combines industry with united-front work. Based in the Artificial Intelligence Town, it has opened four “新英聚空间” spaces in member firms and held 30 activities in 2023. Its members work on “AI+ industry”, “AI+ society” and “AI+ countryside”: linking up with places and bodies such as Yueqing and Chongqing Liangjiang Group, giving bionic hands free of charge to more than a hundred eligible people with disabilities, and holding a “metaverse · future village” brainstorm with 禹上稻乡 as the model.'
	},
	'qingyuan-gep-vep': {
		title_en: 'The Qingyuan model: applying “GEP+VEP” across the whole life cycle of a construction project',
		summary_en:
			'Qingyuan County in Lishui, whose 96.35% forest cover is the highest in the province, is looking for ways to put GEP accounting and the value of ecosystem products of specific areas (VEP) to use. Before the Baihuayan wind farm was built, the local government commissioned a third party to assess its ecological impact: bird biodiversity plots in the east and west project areas, with more than 20 transects and 24 infrared observation points, follow the project before, during and after construction over nearly three years. The county also applies GEP results to pollution-control costs, audits of officials’ natural-resource assets, land prices and guesthouse pricing.'
	},
	'yuhang-party-mass-centres': {
		title_en: 'Yuhang’s party–mass service centres: varied services make a “happy place” serving the people',
		summary_en:
			'The Yuhang District Party–Mass Service Centre held a volunteer service market, “党群连心 美好同行”, at the Xianlin Subdistrict centre, with stalls for haircuts, scissor sharpening, small-appliance repair, free traditional Chinese medicine consultations and intangible-heritage crafts, streamed live by the centre’s own team. The Xianlin centre, 5,000 square metres on Lianrong Road, combines services from a canteen for the elderly to childcare and sees about 300 visitors a day, more than 500 at peaks. Across the district, the centres have held more than 43,000 events serving over 1.9 million visits.'
	},
	'anji-xiaoyuan-task-forces': {
		title_en:
			'Xiaoyuan Subdistrict, Anji County: task forces drive delivery and raise the quality of projects',
		summary_en:
			'This year Xiaoyuan Subdistrict in Anji County set up five task forces, among them for the platform’s westward expansion, the town centre’s functions, sci-tech empowerment and rural culture and tourism, to carry its key projects through. The sci-tech task force has set up 20 research projects on Anji’s industrial needs and brought in 11 full-time young PhDs; the culture-and-tourism one is advancing projects such as 乡见·竹海里 and 极白·茶星空. The task forces meet at least once a week, set detailed tasks every month and look back on progress every quarter.'
	}
};
