import type { ArticleTranslation } from './types';

export const yuhangPartyMassCentres: ArticleTranslation = {
	kicker: 'Yuhang Party–Mass Service Centres',
	authors: ['Pan Ting', 'Ruan Xiaoji'],
	paragraphs: [
		{
			zh: '室外，爱心理发、磨剪刀',
			en: 'Outdoors, there were free-of-charge stalls of every kind serving residents, with charity haircuts, scissor sharpening, small-appliance repairs, free traditional Chinese medicine consultations, intangible cultural heritage experiences and more, and the music of the band and the calls of the Lianxin market went on without pause; indoors, crowds thronged the convenience-service stalls, the intangible cultural heritage displays, the interactive games area and more … Recently, the “Party and People Heart to Heart, Walking Together to a Better Life” Lianxin volunteer service market, organised by the Yuhang District Party–Mass Service Centre of Hangzhou, was held at the Xianlin Subdistrict Party–Mass Service Centre, and many residents of the surrounding area came along “to market”.'
		},
		{
			zh: '“听说党群服务中心里有集市',
			en: '“I heard there was a market at the party–mass service centre, so I came along with my neighbours. This market is big and has lots of variety. I’ve just tried intangible-heritage paper-cutting, and while I was at it I had my blood pressure taken, my eyes checked and my hair cut, and I also bought cured meats, sauce-braised goods and other things for the New Year. Services like these are so practical, really good!” said Auntie Li, a resident of the nearby Fangjiashan Community. A “regular” of the party–mass service centre’s convenience services, Auntie Li knows the centre’s signature activities by heart: “Here there are ‘the convenience-service hotline that never closes’, ‘knitting hats in summer’ and ‘the lamp that is never put out’. I have taken part in all of them; they are very meaningful.” She has brought many neighbours and fellow villagers to try the centre’s volunteer convenience services.'
		},
		{
			zh: '值得一提的是，闲林街道党群服务中心直播团队',
			en: 'It is worth mentioning that the live-streaming team of the Xianlin Subdistrict Party–Mass Service Centre also broadcast the event live. Through the camera, staff introduced what was special about each stall at the market, showed Yuhang’s local customs and specialities, and invited viewers in the live-stream room to come and “sweep up the goods” in person, making the whole market even livelier. It is reported that the Xianlin Subdistrict Party–Mass Service Centre, at 1-65 Lianrong Road, has a floor area of 5,000 square metres. It is a service complex that brings together many functions, among them a Warm Current Home, a canteen for the elderly, a home-based elderly care service point, childcare for young children, convenience services, education for party members, volunteer assistance, liaison with talent and services for starting a business. The Xianlin Subdistrict Party–Mass Service Centre has now become a popular place for local residents to “check in”, with about 300 visits a day normally and more than 500 visits a day at peak times.'
		},
		{
			zh: '本此活动是余杭区深化党群服务中心',
			en: 'This event is an important step by Yuhang District to deepen the role of its party–mass service centres in bringing together the hearts of the party and the people, and to build a “happy place” serving the people. In recent years, the Yuhang District Party–Mass Service Centre has kept its focus on high-quality development, worked in depth on its party–mass service brand “Party Building Gathers Strength · Red Warms the Future”, built up and improved the “1+18+222+N” party–mass service matrix, and placed its party–mass service centres in close keeping with the spatial layout of the “two corridors and one axis” high ground of grassroots party building in the new era, providing differentiated services to party members and the public. To date, more than 43,000 events have been held, serving more than 1.9 million visits.'
		},
		{
			zh: '下一步，余杭区将充分发挥',
			en: 'Next, Yuhang District will make full use of the “big role” of the party–mass service centres as “small bases”, building in every dimension a party–mass service system that combines a sense of technology, of culture and of happiness. Starting from “solving one small matter” and “lending one small hand”, it will keep raising the quality of its “one-stop” services so that services are “right before your eyes”, and through practical action provide party members and the public with better, more attentive and heart-warming services, so that party–mass bases come alive, party–mass services grow strong and people’s hearts are warmed.'
		}
	],
	figures: [
		{
			zh: '“党群连心 美好同行”连心志愿服务集市现场',
			en: 'The scene at the “Party and People Heart to Heart, Walking Together to a Better Life” Lianxin volunteer service market (photo courtesy of the Xianlin Subdistrict Office, Yuhang District)'
		}
	],
	places: [
		{
			site: 'yuhang-party-mass-centre',
			zh: '杭州市余杭区党群服务中心',
			en: 'Yuhang District Party–Mass Service Centre of Hangzhou'
		},
		{ site: 'xianlin-party-mass-centre', zh: '联荣路1-65号', en: '1-65 Lianrong Road' },
		{
			site: 'xianlin-street-office',
			zh: '余杭区闲林街道办事处',
			en: 'Xianlin Subdistrict Office, Yuhang District'
		}
	]
};
