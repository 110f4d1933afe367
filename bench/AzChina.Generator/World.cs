namespace AzChina.Generator;

/// <summary>A country the synthetic data can pair with another: its cities and the names its people have.</summary>
internal sealed record Country(string Code, string Id, string Name, string[] Cities, string[] FirstNames, string[] LastNames);

/// <summary>
/// The fixed vocabulary the generator draws from: countries, names, outlets and the phrases each
/// topic is written with. Names keep their own spelling (Əliyev, Hüseynov, Şahin) so that search
/// exercises the same folding as on the curated data.
/// </summary>
internal static class World
{
    private static readonly string[] TurkicFirst = ["Elnur", "Rəşad", "Leyla", "Aygün", "Fərid", "Nigar", "Mübariz", "Şahin", "Ceyhun", "Elçin", "Günel", "Orxan"];
    private static readonly string[] AzerbaijaniLast = ["Əliyev", "Məmmədov", "Hüseynov", "Həsənov", "Quliyev", "İsmayılov", "Abbasov", "Cəfərov", "Mustafayev", "Bayramov"];
    private static readonly string[] ChineseFirst = ["Wei", "Ming", "Jing", "Hao", "Yan", "Lei", "Xiu", "Jian", "Qiang", "Ling", "Chao", "Fang"];
    private static readonly string[] ChineseLast = ["Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu"];
    private static readonly string[] CentralAsianFirst = ["Nursultan", "Aida", "Timur", "Dilnoza", "Rustam", "Gulnara", "Bakhyt", "Aziz", "Madina", "Serik"];
    private static readonly string[] CentralAsianLast = ["Nurlanov", "Tokayev", "Karimov", "Sultanov", "Abdullaev", "Yusupov", "Bekov", "Rakhimov"];
    private static readonly string[] TurkishFirst = ["Mehmet", "Ayşe", "Emre", "Zeynep", "Burak", "Elif", "Oğuz", "Selin"];
    private static readonly string[] TurkishLast = ["Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Öztürk", "Aydın", "Arslan"];
    private static readonly string[] SlavicFirst = ["Ivan", "Olga", "Sergei", "Anna", "Dmitry", "Elena", "Pavel", "Irina", "Nikola", "Milica"];
    private static readonly string[] SlavicLast = ["Petrov", "Ivanova", "Smirnov", "Kovalenko", "Novak", "Jovanović", "Horvat", "Kuznetsov"];
    private static readonly string[] WesternFirst = ["James", "Sophie", "Thomas", "Claire", "Lukas", "Marta", "Pierre", "Giulia", "Péter", "Eszter"];
    private static readonly string[] WesternLast = ["Smith", "Müller", "Dubois", "Rossi", "Schneider", "Martin", "Bianchi", "Nagy", "Wagner", "Taylor"];
    private static readonly string[] MiddleEastFirst = ["Ahmad", "Fatima", "Omar", "Layla", "Reza", "Maryam", "Khalid", "Nour"];
    private static readonly string[] MiddleEastLast = ["Al-Farsi", "Hosseini", "Karimi", "Al-Mansouri", "Rahimi", "Haddad", "Nasser"];
    private static readonly string[] SouthAsianFirst = ["Arjun", "Priya", "Imran", "Ayesha", "Rahul", "Sana", "Vikram", "Zainab"];
    private static readonly string[] SouthAsianLast = ["Sharma", "Khan", "Patel", "Qureshi", "Singh", "Malik", "Gupta"];
    private static readonly string[] EastAsianFirst = ["Hiroshi", "Yuki", "Minjun", "Seoyeon", "Takeshi", "Jiwoo", "Batbayar", "Oyun"];
    private static readonly string[] EastAsianLast = ["Tanaka", "Sato", "Kim", "Park", "Suzuki", "Lee", "Bold", "Ganbaatar"];

    /// <summary>Azerbaijan and China first: their pair carries a tenth of the events, as befits this API.</summary>
    public static readonly Country[] Countries =
    [
        new("AZ", "azerbaijan", "Azerbaijan", ["Baku", "Ganja", "Sumgait", "Shusha", "Alat", "Lankaran"], TurkicFirst, AzerbaijaniLast),
        new("CN", "china", "China", ["Beijing", "Shanghai", "Urumqi", "Xi'an", "Guangzhou", "Chongqing"], ChineseFirst, ChineseLast),
        new("KZ", "kazakhstan", "Kazakhstan", ["Astana", "Almaty", "Aktau", "Shymkent"], CentralAsianFirst, CentralAsianLast),
        new("UZ", "uzbekistan", "Uzbekistan", ["Tashkent", "Samarkand", "Bukhara"], CentralAsianFirst, CentralAsianLast),
        new("TM", "turkmenistan", "Turkmenistan", ["Ashgabat", "Turkmenbashi"], CentralAsianFirst, CentralAsianLast),
        new("KG", "kyrgyzstan", "Kyrgyzstan", ["Bishkek", "Osh"], CentralAsianFirst, CentralAsianLast),
        new("TJ", "tajikistan", "Tajikistan", ["Dushanbe", "Khujand"], CentralAsianFirst, CentralAsianLast),
        new("TR", "turkiye", "Türkiye", ["Ankara", "Istanbul", "Izmir", "Kars"], TurkishFirst, TurkishLast),
        new("GE", "georgia", "Georgia", ["Tbilisi", "Batumi", "Poti"], SlavicFirst, SlavicLast),
        new("RU", "russia", "Russia", ["Moscow", "Saint Petersburg", "Astrakhan", "Kazan"], SlavicFirst, SlavicLast),
        new("IR", "iran", "Iran", ["Tehran", "Tabriz", "Rasht"], MiddleEastFirst, MiddleEastLast),
        new("PK", "pakistan", "Pakistan", ["Islamabad", "Karachi", "Lahore"], SouthAsianFirst, SouthAsianLast),
        new("IN", "india", "India", ["New Delhi", "Mumbai", "Chennai"], SouthAsianFirst, SouthAsianLast),
        new("MN", "mongolia", "Mongolia", ["Ulaanbaatar", "Erdenet"], EastAsianFirst, EastAsianLast),
        new("JP", "japan", "Japan", ["Tokyo", "Osaka", "Yokohama"], EastAsianFirst, EastAsianLast),
        new("KR", "south-korea", "South Korea", ["Seoul", "Busan", "Incheon"], EastAsianFirst, EastAsianLast),
        new("DE", "germany", "Germany", ["Berlin", "Hamburg", "Munich"], WesternFirst, WesternLast),
        new("FR", "france", "France", ["Paris", "Lyon", "Marseille"], WesternFirst, WesternLast),
        new("IT", "italy", "Italy", ["Rome", "Milan", "Genoa"], WesternFirst, WesternLast),
        new("HU", "hungary", "Hungary", ["Budapest", "Debrecen"], WesternFirst, WesternLast),
        new("PL", "poland", "Poland", ["Warsaw", "Gdańsk", "Kraków"], SlavicFirst, SlavicLast),
        new("RS", "serbia", "Serbia", ["Belgrade", "Novi Sad"], SlavicFirst, SlavicLast),
        new("AE", "united-arab-emirates", "United Arab Emirates", ["Abu Dhabi", "Dubai"], MiddleEastFirst, MiddleEastLast),
        new("SA", "saudi-arabia", "Saudi Arabia", ["Riyadh", "Jeddah"], MiddleEastFirst, MiddleEastLast),
        new("EG", "egypt", "Egypt", ["Cairo", "Alexandria"], MiddleEastFirst, MiddleEastLast),
    ];

    public static readonly string[] Outlets =
    [
        "Trend News Agency", "AzerNews", "Caliber.Az", "OC Media", "Xinhua", "China Daily", "Global Times", "APA", "Report.az",
        "Kazinform", "TASS", "Anadolu Agency", "Eurasianet", "The Diplomat", "Daryo", "Gazeta.uz", "Interfax", "Dawn", "Nikkei Asia",
        "Yonhap", "Deutsche Welle", "Hürriyet Daily News", "Tehran Times", "Caspian News", "Silk Road Briefing",
    ];

    public static readonly string[] Ministries =
    [
        "Ministry of Economy", "Ministry of Foreign Affairs", "Ministry of Energy", "Ministry of Digital Development and Transport",
        "Ministry of Agriculture", "Ministry of Culture", "Ministry of Education", "Ministry of Finance", "State Customs Committee",
        "Investment Promotion Agency", "Chamber of Commerce", "Railway Administration",
    ];

    public static readonly string[] Roles =
    [
        "Minister of Economy", "Minister of Foreign Affairs", "Deputy Prime Minister", "Ambassador", "Minister of Energy",
        "Head of the Presidential Administration", "Chairman of the Board", "Deputy Minister of Transport", "Trade Representative",
        "Governor", "Presidential Aide for Foreign Policy", "Chief Executive",
    ];

    public static readonly string[] CompanyWords = ["Caspian", "Silk Road", "Great Wall", "Eurasia", "Steppe", "Golden Horde", "Orient", "Meridian", "Azure", "Pamir"];
    public static readonly string[] CompanyTrades = ["Rail", "Energy", "Logistics", "Solar", "Petrochemical", "Construction", "Telecom", "Shipping", "Mining", "Agro"];
    public static readonly string[] CompanyForms = ["Holding", "Group", "Corporation", "Company", "Consortium"];

    /// <summary>How each topic is written about; every wire name of the Topic vocabulary has phrases.</summary>
    public static readonly Dictionary<string, string[]> TopicPhrases = new()
    {
        ["trade"] = ["bilateral trade", "trade turnover", "non-oil exports"],
        ["investment"] = ["mutual investment", "joint investment projects", "a new investment fund"],
        ["energy"] = ["energy cooperation", "power grid interconnection"],
        ["oil_and_gas"] = ["oil and gas supplies", "a gas processing plant"],
        ["green_energy"] = ["solar and wind power plants", "green hydrogen", "electric buses"],
        ["transport"] = ["the Middle Corridor rail route", "direct flights", "freight trains"],
        ["logistics"] = ["container shipments through the port of Alat", "customs procedures at the border"],
        ["connectivity"] = ["the Trans-Caspian International Transport Route", "new transit corridors"],
        ["infrastructure"] = ["road and bridge construction", "a new tunnel", "industrial infrastructure"],
        ["agriculture"] = ["agricultural exports", "food security"],
        ["sericulture"] = ["silkworm breeding", "silk production"],
        ["industry"] = ["industrial parks", "car assembly plants"],
        ["technology"] = ["technology transfer", "artificial intelligence"],
        ["digital"] = ["the digital economy", "e-commerce platforms", "fibre-optic links"],
        ["space"] = ["satellite launches", "space research"],
        ["science"] = ["joint research centres", "academic exchanges"],
        ["education"] = ["student exchanges", "Confucius Institutes", "scholarships"],
        ["culture"] = ["cultural festivals", "film co-production"],
        ["humanitarian"] = ["humanitarian aid", "people-to-people ties"],
        ["demining"] = ["demining of liberated territories", "mine clearance equipment"],
        ["tourism"] = ["tourist flows", "tourism promotion"],
        ["visas"] = ["visa facilitation", "a visa-free regime"],
        ["media"] = ["media cooperation", "news exchange between agencies"],
        ["diplomacy"] = ["political dialogue", "consular relations"],
        ["security"] = ["regional security", "counter-terrorism cooperation"],
        ["sovereignty"] = ["respect for territorial integrity", "sovereignty and non-interference"],
        ["multilateral"] = ["cooperation within the SCO", "the Belt and Road Initiative", "the United Nations"],
        ["healthcare"] = ["healthcare cooperation", "vaccine supplies"],
        ["finance"] = ["yuan-denominated settlements", "bank cooperation", "a credit line"],
        ["post_conflict_recovery"] = ["the reconstruction of Karabakh", "post-conflict recovery"],
    };

    public static readonly string[] Topics = TopicPhrases.Keys.ToArray();

    /// <summary>Indicators measured between pairs of countries; with more data come more of them (one per commodity).</summary>
    public static readonly string[] Commodities =
    [
        "oil", "gas", "machinery", "electronics", "vehicles", "textiles", "steel", "chemicals", "fruit", "cotton", "grain",
        "aluminium", "copper", "plastics", "furniture", "pharmaceuticals", "fertilisers", "tea", "silk", "wine", "fish",
        "paper", "tyres", "glass", "solar_panels",
    ];
}
