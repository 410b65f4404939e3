namespace Comptoir.Data.Demo;

/// <summary>A French city as an address needs it; AreaCode is the first digit of its fixed-line numbers.</summary>
public sealed record DemoCity(string Name, string PostalCode, string Department, char AreaCode);

/// <summary>One invented company of the demo. Type and Industry are picklist codes (AccountPicklists).</summary>
public sealed record DemoAccount(
    string Name, string Type, string Industry, DemoCity City, int Employees, string Ape,
    string? Parent = null, DemoCity? ShippingCity = null, string? Domain = null, bool DoNotEmail = false, string? Description = null);

/// <summary>The forty demo accounts; companies are invented, cities and postal codes are real. Parents come before their subsidiaries.</summary>
public static class DemoAccounts
{
    private static readonly DemoCity Paris8 = new("Paris", "75008", "Paris", '1');
    private static readonly DemoCity Paris11 = new("Paris", "75011", "Paris", '1');
    private static readonly DemoCity Boulogne = new("Boulogne-Billancourt", "92100", "Hauts-de-Seine", '1');
    private static readonly DemoCity Nanterre = new("Nanterre", "92000", "Hauts-de-Seine", '1');
    private static readonly DemoCity SaintDenis = new("Saint-Denis", "93200", "Seine-Saint-Denis", '1');
    private static readonly DemoCity Versailles = new("Versailles", "78000", "Yvelines", '1');
    private static readonly DemoCity Creteil = new("Créteil", "94000", "Val-de-Marne", '1');
    private static readonly DemoCity Lyon = new("Lyon", "69002", "Rhône", '4');
    private static readonly DemoCity Villeurbanne = new("Villeurbanne", "69100", "Rhône", '4');
    private static readonly DemoCity Marseille = new("Marseille", "13002", "Bouches-du-Rhône", '4');
    private static readonly DemoCity Aix = new("Aix-en-Provence", "13100", "Bouches-du-Rhône", '4');
    private static readonly DemoCity Nice = new("Nice", "06000", "Alpes-Maritimes", '4');
    private static readonly DemoCity Montpellier = new("Montpellier", "34000", "Hérault", '4');
    private static readonly DemoCity Grenoble = new("Grenoble", "38000", "Isère", '4');
    private static readonly DemoCity Annecy = new("Annecy", "74000", "Haute-Savoie", '4');
    private static readonly DemoCity Avignon = new("Avignon", "84000", "Vaucluse", '4');
    private static readonly DemoCity ClermontFerrand = new("Clermont-Ferrand", "63000", "Puy-de-Dôme", '4');
    private static readonly DemoCity Perpignan = new("Perpignan", "66000", "Pyrénées-Orientales", '4');
    private static readonly DemoCity Toulouse = new("Toulouse", "31000", "Haute-Garonne", '5');
    private static readonly DemoCity Bordeaux = new("Bordeaux", "33000", "Gironde", '5');
    private static readonly DemoCity Limoges = new("Limoges", "87000", "Haute-Vienne", '5');
    private static readonly DemoCity LaRochelle = new("La Rochelle", "17000", "Charente-Maritime", '5');
    private static readonly DemoCity Pau = new("Pau", "64000", "Pyrénées-Atlantiques", '5');
    private static readonly DemoCity Nantes = new("Nantes", "44000", "Loire-Atlantique", '2');
    private static readonly DemoCity Rennes = new("Rennes", "35000", "Ille-et-Vilaine", '2');
    private static readonly DemoCity Brest = new("Brest", "29200", "Finistère", '2');
    private static readonly DemoCity Rouen = new("Rouen", "76000", "Seine-Maritime", '2');
    private static readonly DemoCity Caen = new("Caen", "14000", "Calvados", '2');
    private static readonly DemoCity Tours = new("Tours", "37000", "Indre-et-Loire", '2');
    private static readonly DemoCity Orleans = new("Orléans", "45000", "Loiret", '2');
    private static readonly DemoCity Angers = new("Angers", "49000", "Maine-et-Loire", '2');
    private static readonly DemoCity Lille = new("Lille", "59000", "Nord", '3');
    private static readonly DemoCity Roubaix = new("Roubaix", "59100", "Nord", '3');
    private static readonly DemoCity Strasbourg = new("Strasbourg", "67000", "Bas-Rhin", '3');
    private static readonly DemoCity Dijon = new("Dijon", "21000", "Côte-d'Or", '3');
    private static readonly DemoCity Reims = new("Reims", "51100", "Marne", '3');
    private static readonly DemoCity Nancy = new("Nancy", "54000", "Meurthe-et-Moselle", '3');
    private static readonly DemoCity Metz = new("Metz", "57000", "Moselle", '3');
    private static readonly DemoCity Besancon = new("Besançon", "25000", "Doubs", '3');

    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new("Groupe Lefèvre Boulangeries", "customer", "food", Lyon, 320, "7010Z",
            Description: "Holding familiale : douze boulangeries en Rhône-Alpes."),
        new("Boulangerie Lefèvre Presqu'île", "customer", "food", Lyon, 18, "1071C", Parent: "Groupe Lefèvre Boulangeries",
            Domain: "lefevre-presquile.fr"),
        new("Boulangerie Lefèvre Gratte-Ciel", "customer", "food", Villeurbanne, 14, "1071C", Parent: "Groupe Lefèvre Boulangeries",
            Domain: "lefevre-gratteciel.fr"),
        new("Transports Garnier et Fils", "customer", "transportation", Orleans, 85, "4941A", ShippingCity: Tours),
        new("Cabinet Moreau Conseil", "partner", "consulting", Paris8, 12, "7022Z",
            Description: "Partenaire pour les missions d'organisation commerciale."),
        new("Atelier Mécanique du Rhône", "prospect", "machinery", Villeurbanne, 42, "2562B"),
        new("Hôtel des Remparts", "customer", "hospitality", Avignon, 26, "5510Z", Domain: "hotel-des-remparts.fr"),
        new("Banque Régionale de l'Ouest", "prospect", "banking", Nantes, 640, "6419Z", Domain: "bro-banque.fr"),
        new("Informatique Durand SARL", "reseller", "technology", Rennes, 23, "6202A", Domain: "durand-informatique.fr"),
        new("Clinique Saint-Roch", "customer", "healthcare", Montpellier, 210, "8610Z"),
        new("Brasserie Artisanale des Flandres", "customer", "food", Lille, 9, "1105Z", ShippingCity: Roubaix,
            Domain: "brasserie-flandres.fr"),
        new("Menuiserie Petit", "customer", "construction", Angers, 7, "1623Z", DoNotEmail: true,
            Description: "Préfère être contacté par téléphone, le matin."),
        new("Énergies Vertes du Sud-Ouest", "prospect", "energy", Toulouse, 54, "3511Z", Domain: "evso-energies.fr"),
        new("Laboratoires Chimiques Mercier", "customer", "chemicals", Rouen, 130, "2059Z", Domain: "labo-mercier.fr"),
        new("Agence Pixel & Papier", "competitor", "communications", Paris11, 15, "7311Z", Domain: "pixel-et-papier.fr"),
        new("Lycée professionnel Jules Verne", "customer", "education", Brest, 95, "8532Z", Domain: "lycee-julesverne-brest.fr"),
        new("Électronique Fontaine", "integrator", "electronics", Grenoble, 68, "2611Z"),
        new("Vins et Terroirs de Bourgogne", "customer", "food", Dijon, 11, "4634Z", Domain: "vins-terroirs-bourgogne.fr"),
        new("Champagne Roussel Père et Fils", "customer", "food", Reims, 34, "1102A", Domain: "champagne-roussel.fr"),
        new("Assurances Mutuelles Lorraines", "prospect", "insurance", Nancy, 280, "6512Z", Domain: "aml-assurances.fr"),
        new("Sidérurgie de Moselle", "prospect", "manufacturing", Metz, 450, "2410Z"),
        new("Horlogerie Bisontine", "customer", "manufacturing", Besancon, 22, "2652Z"),
        new("Alsace Logistique Services", "partner", "shipping", Strasbourg, 120, "5210B", Domain: "als-logistique.fr",
            ShippingCity: new("Entzheim", "67960", "Bas-Rhin", '3')),
        new("Groupe Chevalier Distribution", "customer", "retail", Marseille, 900, "4711D", Domain: "chevalier-distribution.fr"),
        new("Chevalier Distribution Aix", "customer", "retail", Aix, 75, "4711D", Parent: "Groupe Chevalier Distribution",
            Domain: "chevalier-distribution-aix.fr"),
        new("Chevalier Distribution Nice", "customer", "retail", Nice, 60, "4711D", Parent: "Groupe Chevalier Distribution",
            Domain: "chevalier-distribution-nice.fr"),
        new("Les Jardins d'Annecy", "customer", "environmental", Annecy, 16, "8130Z", Domain: "jardins-annecy.fr"),
        new("Fromagerie des Volcans", "customer", "food", ClermontFerrand, 28, "1051C"),
        new("Catalane de Travaux Publics", "prospect", "construction", Perpignan, 110, "4211Z", Domain: "ctp-catalane.fr"),
        new("Porcelaines du Limousin", "customer", "manufacturing", Limoges, 48, "2341Z"),
        new("Nautisme Atlantique", "reseller", "recreation", LaRochelle, 19, "4764Z"),
        new("Pyrénées Ingénierie", "partner", "engineering", Pau, 37, "7112B"),
        new("Caves et Châteaux du Bordelais", "investor", "finance", Bordeaux, 8, "6430Z", Domain: "caves-chateaux.fr"),
        new("Normandie Presse Édition", "press", "media", Caen, 44, "5813Z", Domain: "normandie-presse.fr"),
        new("Observatoire du Commerce Français", "analyst", "consulting", Paris8, 6, "7320Z", DoNotEmail: true),
        new("Télécom Seine Ouest", "integrator", "telecommunications", Boulogne, 150, "6110Z", Domain: "telecom-seine-ouest.fr"),
        new("Mairie de Nanterre — Services techniques", "customer", "government", Nanterre, 300, "8411Z", Domain: "services-nanterre.fr"),
        new("Association Sport et Quartiers", "other", "not-for-profit", SaintDenis, 5, "9499Z", Domain: "sport-et-quartiers.fr"),
        new("Imprimerie Royale de Versailles", "customer", "communications", Versailles, 31, "1812Z", Domain: "imprimerie-versailles.fr"),
        new("Créteil Froid Industriel", "prospect", "utilities", Creteil, 27, "3320C", Domain: "creteil-froid.fr"),
    ];
}
