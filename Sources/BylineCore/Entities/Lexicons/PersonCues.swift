/// Words around people's names: honorifics, titles, roles, name particles, verbs of saying,
/// and given names that the US census lists miss.
enum PersonCues {
    /// Always followed by a person's name.
    static let honorifics = """
    Mr; Mrs; Ms; Miss; Mx; Dr; Prof; Sir; Dame; Lord; Lady; Madame; Mme; Mlle; Monsieur; Herr; Frau
    Senor; Señor; Senora; Señora; Signor; Signora; Rev; Reverend; Fr; Sheikh; Sheik; Shaikh; Imam
    Ayatollah; Rabbi; Mullah; Pastor; Messrs; Dato; Datuk; Tun; Tan Sri; Sri; Shri; Smt; Begum
    """

    /// Capitalised titles written before a name (`President Putin`, `Coach Smith`).
    static let titles = """
    President; Vice-President; Vice President; Premier; Prime Minister; Minister; Secretary
    Secretary-General; Chancellor; Vice-Chancellor; Governor; Mayor; Senator; Sen; Congressman
    Congresswoman; Representative; Rep; Assemblyman; Councillor; Councilman; Commissioner
    Ambassador; Envoy; Consul; Speaker; Chairman; Chairwoman; Chair; Director; Director-General
    Chief; Judge; Justice; Magistrate; Prosecutor; Attorney-General; Attorney General; Sheriff
    King; Queen; Prince; Princess; Emperor; Empress; Crown Prince; Emir; Sultan; Shah; Tsar; Czar
    Pope; Cardinal; Archbishop; Bishop; Patriarch; Metropolitan; Father; Brother; Sister; Saint
    General; Gen; Lieutenant; Lt; Colonel; Col; Major; Maj; Captain; Capt; Sergeant; Sgt; Corporal
    Cpl; Private; Pte; Admiral; Adm; Commander; Cmdr; Marshal; Field Marshal; Brigadier; Brig
    Inspector; Detective; Superintendent; Constable; Officer; Agent; Professor; Doctor; Coach
    Manager; Captain; Skipper; Rapporteur; Special Rapporteur; Spokesman; Spokeswoman
    Spokesperson; Ombudsman; Auditor; Comptroller; Treasurer; Registrar; Provost; Dean; Rector
    CEO; CFO; COO; Chief Executive Officer; Chief Financial Officer; Managing Director; Chairman
    Governor-General; Lieutenant-Governor; Deputy; Leader; Head; President-elect; Chief Executive
    Major-General; Lieutenant-General; Brigadier-General; Lieutenant-Colonel; Vice-Admiral
    Rear-Admiral; Air Marshal; Sergeant-Major; Prime Minister-designate; Chief Justice
    MP; MEP; MSP; MLA; MPP; TD; MPs; MEPs; Presidents; Ministers; Senators; Governors; Generals
    Kings; Queens; Princes; Judges; Mayors; Chancellors; Ambassadors; Commissioners
    """

    /// Words that build titles without being one (`Foreign Minister`, `Deputy Prime Minister`).
    static let titleModifiers = """
    Prime; Foreign; Interior; Home; Defence; Defense; Finance; Economy; Economic; Trade; Energy
    Health; Education; Justice; Labour; Labor; Agriculture; Transport; Environment; Culture
    Information; Communications; Industry; Oil; Water; Climate; Security; Intelligence; Police
    Army; Navy; Air; State; Treasury; Commerce; Housing; Emergency; Emergencies; Tourism; Sports
    Sport; Youth; Social; Affairs; Development; Planning; Science; Technology; Privatisation
    Privatization; Labour; Immigration; Women; Children; Family; Veterans; European; Deputy; Vice
    Acting; Interim; Former; Ex; Assistant; Associate; Senior; Junior; Chief; Principal; Special
    Supreme; Grand; High; Lord; Executive; Managing; General; National; Federal; Regional; Provincial
    District; Municipal; Party; Opposition; Shadow; Union; UN; U.N.; EU; US; U.S.; Commerce; Budget
    Fisheries; Mines; Mining; Petroleum; Public; Works; Relations; External; Internal; Territorial
    Administration; Minority; Majority; Senate; House; Parliamentary; Cabinet; Trade
    """

    /// Lower-case roles before or in apposition to a name (`union spokesman Tom Hart`).
    static let roleNouns = """
    president; minister; secretary; chancellor; governor; mayor; senator; congressman; commissioner
    ambassador; envoy; diplomat; spokesman; spokeswoman; spokesperson; chairman; chairwoman
    director; chief; executive; judge; prosecutor; lawyer; attorney; king; queen; prince; princess
    general; colonel; captain; commander; officer; leader; head; founder; owner; boss; manager
    coach; trainer; striker; forward; midfielder; defender; goalkeeper; keeper; batsman; bowler
    opener; all-rounder; wicketkeeper; pitcher; catcher; shortstop; quarterback; rider; driver
    cyclist; sprinter; runner; swimmer; champion; titleholder; seed; player; team-mate; teammate
    analyst; economist; strategist; trader; dealer; banker; broker; expert; scientist; researcher
    professor; doctor; author; writer; journalist; reporter; correspondent; editor; photographer
    columnist; historian; activist; campaigner; candidate; challenger; incumbent; rival; deputy
    aide; adviser; advisor; negotiator; mediator; rapporteur; official; representative; delegate
    premier; lawmaker; legislator; politician; dissident; rebel; militant; commentator; actor
    actress; singer; director; novelist; poet; artist; composer; producer; musician; star; veteran
    mother; father; son; daughter; wife; husband; brother; sister; widow; uncle; aunt; cousin
    witness; resident; victim; suspect; defendant; mp; chef; pilot; priest; bishop; cleric; imam
    geologist; biologist; glaciologist; physicist; chemist; engineer; architect; nurse; teacher
    farmer; fisherman; surgeon; physician; lecturer; scholar; academic; sociologist; psychologist
    archaeologist; astronomer; climatologist; meteorologist; epidemiologist; virologist; ecologist
    economist; accountant; consultant; entrepreneur; investor; businessman; businesswoman
    mep; minister-designate; curator; librarian; filmmaker; photojournalist; presenter; host
    fullback; full-back; winger; flanker; fly-half; scrum-half; halfback; playmaker; linebacker
    outfielder; defenceman; centre; center; centre-back; centre-forward; sweeper
    """

    /// Lower-case words that may open a role phrase before the role noun (`union`, `chief`).
    static let roleModifiers = """
    union; party; opposition; chief; deputy; vice; former; foreign; prime; senior; junior; top
    acting; interim; assistant; associate; special; trade; energy; finance; defence; defense
    interior; health; justice; education; police; army; military; government; state; federal
    national; regional; local; world; olympic; team; club; company; bank; group; campaign; press
    human; rights; labour; labor; climate; water; oil; executive; managing; general; market
    veteran; star; new; newly; elected; appointed; lead; chief; independent; senior; fellow
    """

    static let particles = """
    de; da; das; do; dos; di; del; della; delle; der; den; van; von; ter; ten; te; le; la; du; des
    bin; bint; ibn; ben; al; el; abu; ould; y; zu; af; av
    """

    static let speechVerbs = """
    said; says; say; told; tells; tell; added; adds; asked; asks; warned; warns; explained; explains
    stated; states; declared; declares; noted; notes; insisted; insists; argued; argues; claimed
    claims; wrote; writes; recalled; recalls; replied; replies; answered; continued; concluded
    announced; announces; confirmed; confirms; admitted; admits; acknowledged; acknowledges; stressed
    stresses; urged; urges; predicted; predicts; estimated; estimates; suggested; suggests; believes
    believed; thinks; thought; shouted; cried; whispered; tweeted; posted; testified; conceded
    concedes; reported; remarked; observed; commented; agreed; agrees; vowed; vows; pledged
    """

    static let personVerbs = """
    spoke; speaks; arrived; met; meets; visited; visits; resigned; resigns; died; dies; smiled; laughed
    wept; married; testified; hopes; hoped; wants; wanted; believes; feared; fears; urged; criticised
    criticized; praised; denied; denies; apologised; apologized; accused; blamed; thanked; joked
    shrugged; nodded; recalled; served; studied; graduated; retired; stepped; sat; stood; walked
    """

    static let pronouns = """
    he; she; they; He; She
    """

    static let personNouns = """
    man; woman; men; women; boy; girl; person; resident; student; teacher; worker; farmer; driver
    mother; father; son; daughter; widow; pensioner; mother-of-two; father-of-two; nurse; doctor
    officer; soldier; protester; demonstrator; activist; shopkeeper; trader; fisherman; villager
    teenager; schoolboy; schoolgirl; grandmother; grandfather; toddler; baby; pupil; mother-of-three
    """

    /// Characters of fiction and legend that news names as it names people.
    static let fictionalCharacters = """
    Sherlock Holmes; Dr Watson; Long John Silver; Robinson Crusoe; Harry Potter; James Bond
    Santa Claus; Father Christmas; Robin Hood; King Arthur; Peter Pan; Mickey Mouse; Donald Duck
    Winnie the Pooh; Darth Vader; Luke Skywalker; Don Quixote; Tarzan
    Frankenstein; Count Dracula; Dracula; Cinderella; Snow White; Superman; Batman; Spider-Man
    Captain Ahab; Oliver Twist; Ebenezer Scrooge; Scrooge; Hercule Poirot; Miss Marple
    Indiana Jones; Bilbo Baggins; Frodo Baggins; Gandalf; Homer Simpson; Bart Simpson; Mr Bean
    Paddington Bear; Big Brother; Uncle Sam; John Bull; Jack the Ripper; Captain Hook
    """

    /// Parts of a name after the surname (`Jr`, `III`).
    static let nameSuffixes = """
    Jr; Jnr; Sr; Snr; II; III; IV
    """

    /// Given names common in world news but absent or rare in the US census lists.
    static let givenNames = """
    Vladimir; Dmitri; Dmitry; Dmitriy; Sergei; Sergey; Mikhail; Nikolai; Nikolay; Alexei; Alexey
    Aleksei; Aleksey; Andrei; Andrey; Yuri; Yury; Boris; Igor; Oleg; Ivan; Pavel; Viktor; Gennady
    Anatoly; Vyacheslav; Yevgeny; Evgeny; Grigory; Valery; Vitaly; Leonid; Konstantin; Arkady; Maxim
    Askar; Karim; Emomali; Saparmurat; Gurbanguly; Ilham; Heydar
    Tatiana; Tatyana; Svetlana; Olga; Irina; Natalia; Natalya; Yelena; Elena; Galina; Lyudmila
    Ludmila; Valentina; Yulia; Yuliya; Oksana; Ekaterina; Yekaterina; Anastasia; Marina; Nadezhda
    Volodymyr; Petro; Viktor; Oleksandr; Mykola; Bohdan; Taras; Lech; Jaroslaw; Andrzej; Wojciech
    Zbigniew; Krzysztof; Tomasz; Piotr; Václav; Vaclav; Milos; Miloš; Slobodan; Franjo; Alija
    Radovan; Ratko; Zoran; Goran; Dragan; Aleksandar; Vojislav; Momcilo; Ante; Ivica; Nikola
    Jacques; Jean; Pierre; François; Francois; Laurent; Nicolas; Emmanuel; Dominique; Philippe
    Alain; Lionel; Jean-Marie; Jean-Pierre; Jean-Claude; Jean-Luc; Jean-Louis; Jean-Paul; Ségolène
    Hans; Helmut; Gerhard; Jürgen; Jurgen; Klaus; Wolfgang; Joschka; Angela; Horst; Günter; Gunter
    Dieter; Heinz; Karl-Heinz; Uwe; Matthias; Franz; Wolfram; Sigmar; Olaf; Annalena; Ursula
    Giovanni; Giuseppe; Giulio; Silvio; Romano; Massimo; Matteo; Paolo; Gianni; Luigi; Sergio
    Lamberto; Carlo; Umberto; Enrico; Francesco; Alessandro; Andrea; Giorgia; Mario; Luca; Marco
    José; Jose; Juan; Carlos; Luis; Felipe; Mariano; Pedro; Fidel; Raúl; Raul; Hugo; Nicolás; Evo
    Lula; Dilma; Jair; Ignacio; Alvaro; Álvaro; Gonzalo; Ernesto; Augusto; Alberto; Javier; Iker
    Mohammed; Mohammad; Muhammad; Mohamed; Mohamad; Ahmed; Ahmad; Ali; Hassan; Hussein; Hosni
    Abdullah; Abdul; Abdel; Abdulaziz; Abduaziz; Saddam; Yasser; Mahmoud; Khalid; Khaled; Omar
    Osama; Bashar; Hafez; Rafik; Saad; Walid; Nabih; Recep; Tayyip; Ahmet; Mehmet; Mustafa; Bulent
    Benjamin; Yitzhak; Shimon; Ehud; Ariel; Benny; Naftali; Yair; Avigdor; Binyamin
    Xi; Jinping; Hu; Jintao; Wen; Jiabao; Li; Keqiang; Jiang; Zemin; Zhu; Rongji; Deng; Xiaoping
    Shinzo; Junichiro; Yoshihiko; Naoto; Fumio; Yoshihide; Ryutaro; Kenji; Hiroshi; Takeshi
    Kim; Jong-un; Jong-il; Il-sung; Jae-in; Geun-hye; Myung-bak
    Narendra; Rahul; Sonia; Manmohan; Atal; Indira; Rajiv; Sachin; Imran; Nawaz; Benazir; Pervez
    Asif; Sheikh; Hasina; Khaleda; Nelson; Thabo; Jacob; Cyril; Robert; Uhuru; Yoweri; Paul; Goodluck
    Olusegun; Muhammadu; Kofi; Boutros; Antonio; António; Kurt; Ingrid
    Nasir; Sayed; Amir; Imtiaz; Javed
    Shahid; Rashid; Tariq; Zahid; Zaheer; Yunus; Yousuf; Yusuf; Ismail; Ibrahim; Ilyas
    Faisal; Fahd; Fawaz; Hamid; Hamad; Hamza; Hani; Hisham; Jamal; Kamal; Karim; Khalil
    Mahmud; Majid; Mansour; Marwan; Moustafa; Nabil; Naguib; Nizar; Nouri; Qasim; Rafiq; Riyad
    Sami; Samir; Sharif; Suleiman; Sulaiman; Talal; Tawfiq; Walid; Yahya; Yasin; Ziad; Zaid; Ayman
    Abbas; Akbar; Ashraf; Aziz; Bilal; Habib; Hakim; Iqbal; Irfan; Javad; Mahmoud; Mohsen
    Reza; Hossein; Hassan; Akhtar; Anwar; Arshad; Asad; Azhar; Fazal; Ghulam; Junaid
    Khurshid; Naveed; Pervaiz; Rehman; Sajjad; Shoaib; Zafar; Nawaz
    Rajesh; Ramesh; Suresh; Sunil; Anil; Vijay; Sanjay; Ajay; Amit; Rakesh; Mahesh; Sachin; Rahul
    Sourav; Anand; Arun; Ashok; Deepak; Gopal; Krishna; Lalu; Manoj; Mukesh; Pranab; Prakash
    Rajiv; Sanjeev; Sunita; Priya; Lakshmi; Sita; Indira; Mamata; Jayalalitha; Atal; Chandra
    Mahinda; Ranil; Chandrika; Sirimavo; Gotabaya; Kumar; Arjun; Dinesh; Ravi; Vikram; Nitin
    Wei; Ming; Jian; Jun; Yong; Ping; Hua; Lin; Xiao; Zhong; Qing; Guo; Peng; Yang; Feng
    Hiroshi; Takashi; Kazuo; Yoshiro; Akira; Makoto; Masahiko; Tomiichi; Keizo; Morihiro; Tsutomu
    Haruki; Yuko; Keiko; Yoko; Naoko; Takako; Kenichi; Shintaro; Taro; Ichiro; Koji; Yuji; Masao
    Dae-jung; Young-sam; Tae-woo; Doo-hwan; Jung-hee; Kyung; Soon; Hyun; Seung; Jae
    Nguyen; Thanh; Minh; Hung; Tuan; Huong; Duc; Khanh; Phan; Tran
    Nnamdi; Oluwaseun; Babatunde; Thandiwe; Wambui; Chidi; Ngozi; Chinedu; Kwame; Kwabena
    """
}
