/**
 * Spanish risk language over lower-case text without accents ("ya no puedo más" → "ya no puedo mas").
 * Spanish marks the person in the verb, so first and third person are separate lists: "quiero
 * morir" is the writer, "quiere matarse" someone else.
 */

export const ES_SELF_CRISIS = [
  '(?:quiero|quisiera|deseo|me quiero|tengo ganas de|ganas de|pienso en|estoy pensando en|he pensado en|he estado pensando en|voy a|me voy a|planeo|pense en) (?:morir|morirme|matarme|suicidarme|quitarme la vida|desaparecer|acabar con (?:todo|mi vida)|dejar de existir|no existir|hacerme dano|cortarme|lastimarme|colgarme|tirarme)',
  'me (?:quiero|voy a) (?:matar|morir|suicidar|cortar|colgar|tirar)',
  '(?:mejor|preferiria) (?:estar |estaria )?muert[oa]',
  '(?:no quiero|ya no quiero) (?:vivir|seguir|estar aqui|despertar|existir|seguir viviendo)',
  'ya no (?:puedo|aguanto|soporto)(?: \\S+){0,2}? (?:mas|esto|la vida)',
  'no (?:puedo|aguanto|soporto) mas',
  'no (?:tiene|le veo|le encuentro) sentido (?:a )?(?:vivir|seguir|la vida|nada)',
  'cansad[oa] de vivir|mejor no despertar|me volvi a cortar|guardando pastillas|mejor no existir|no existir|cual es el punto de seguir|harta de vivir|harto de vivir|si me muero|me quiero morir|me despedi|me corto|sin esperanza|nada va a cambiar|testamento|todo arreglado|me mato|sobredosis',
  'no vale la pena (?:vivir|seguir)',
  '(?:soy|me siento) (?:una )?carga',
  '(?:estarian|estaria|estarias|estaran|seria) mejor sin mi',
  'nadie me (?:extranaria|va a extranar|extranaria)',
  'sin salida|no hay salida|no veo salida',
  '(?:me siento|estoy) (?:sin esperanza|atrapad[oa]|desesperanzad[oa])',
  'me despido|adios para siempre|esta es mi despedida|carta de despedida',
  'regal(?:ar|ando|e) (?:mis cosas|todo|mis pertenencias)',
  'ya no (?:voy a estar|estare)',
  '(?:dormir|dormirme) y no despertar',
  'no despertar(?:me)? (?:mas|nunca)',
  '(?:pensamientos|ideas) (?:suicidas|de suicidio|de matarme|de morir)',
  '(?:estoy|me siento) suicida',
  'suicid(?:arme|io)',
  'acabar con mi vida|la idea de (?:matarme|suicidarme|morir|acabar con)|me quito la vida|me estoy (?:lastimando|cortando|haciendo dano)|me corte|me lastime',
  'no tengo (?:razon|razones|motivo|motivos|por que|porque|ganas) (?:para|de) vivir',
  'ojala (?:no despert\\w*|me muriera|estuviera muert[oa]|no existiera|no estuviera)',
];

/** A time set, means at hand or an act already taken, in the first person. */
export const ES_SELF_IMMINENT = [
  'hoy me mato|a las \\d+|esta noche|ahora mismo|ahorita|hoy mismo|hoy en la noche|en una hora|este fin de semana',
  'voy a (?:saltar|tirarme|hacerlo)|lo voy a hacer|sobredosis',
  'hay mucha sangre|mucha sangre',
  'me tome (?:todas |un monton de |muchas |\\d+ |el frasco de |un frasco de |un frasco entero de |toda la caja de |like \\d+ )?(?:las |mis )?(?:pastillas|pildoras|medicinas|medicamentos|tabletas|pills)',
  '(?:tome|trague|me trague) (?:todas|muchas|un monton|\\d+|el frasco|toda la caja)',
  '(?:tome|me tome|tuve|me di) (?:una )?sobredosis',
  'me corte (?:las venas|muy profundo|y (?:no para|estoy sangrando))',
  'estoy sangrando',
  'tengo (?:una |la |el |mi )?(?:pistola|arma|cuchillo|navaja|soga|cuerda|pastillas)(?: \\S+){0,3}? (?:aqui|conmigo|en la mano|en el carro|en el coche|en la guantera|en mi bolsa|lista|cargada)',
  'estoy en (?:el|un|la) (?:puente|techo|azotea|orilla)',
];

/** Someone else at risk: third-person verbs and reflexives. */
export const ES_OTHER_CRISIS = [
  '(?:se quiere|quiere|dijo que (?:se )?quiere|dice que (?:se )?quiere|va a|se va a|se iba a|iba a) (?:matar|morir|suicidar|matarse|suicidarse|quitarse la vida|hacerse dano|cortarse|lastimarse)',
  '(?:ya )?no quiere (?:vivir|seguir)|matarse|suicidarse|quitarse la vida|hacerse dano|cortarse|lastimarse',
  'se (?:esta )?cortando|se corta|se lastima|se hace dano',
  '(?:es|esta) suicida|pensamientos suicidas',
];

/** Danger now for the other person. */
export const ES_OTHER_URGENT = [
  'se tomo (?:todas |muchas |un monton de |unas |\\d+ )?(?:las |sus )?(?:pastillas|pildoras|medicinas|medicamentos)',
  'se va a tirar|se iba a tirar|esta en el techo|esta en el puente|ya no contesta|no contesta|pastillas en la mano',
  'despidiendose|se despidio',
  '(?:tiene|tenia) (?:una |un )?(?:pistola|arma|cuchillo|soga)',
  'esta en el puente|ahora mismo|esta noche',
];

export const ES_DISTRESS = [
  '(?:estoy|me siento|ando|quede|quedé) (?:muy |tan |super |bien |re |demasiado )?(?:agotad[oa]|quemad[oa]|triste|mal|vaci[oa]|abrumad[oa]|rot[oa]|destrozad[oa]|deprimid[oa]|ansios[oa]|entumecid[oa]|insensible|sin fuerzas|desgastad[oa]|hart[oa]|sol[oa]|perdid[oa]|culpable|entumid[oa])',
  'ya no siento nada',
  'no puedo (?:dormir|dejar de (?:pensar|llorar)|sacarme)',
  'sigo sonando con|sueno con el caso|pesadillas|llore|llorando|llorar|lloro|pavor|terror|miedo (?:antes|de ir)',
  'necesito hablar con alguien|necesito desahogarme',
  'dia (?:muy |tan )?(?:dificil|pesado|horrible|terrible|duro|feo|fatal)',
  '(?:murio|fallecio|se murio|se suicido) (?:mi|un|una|el|la)(?: \\S+){0,2}? (?:cliente|nin[oa]|joven|bebe|menor)',
  '(?:mi|un|una|el|la) (?:cliente|nin[oa]|joven|bebe|menor)(?: \\S+){0,4}? (?:murio|fallecio|se murio|se suicido)',
  'no estoy bien',
  '(?:muy|tan|super|bien|demasiado) cansad[oa]',
];

/** "Prevención del suicidio": the topic, not a disclosure. */
export const ES_TOPICAL =
  '(?:prevencion|tasa|tasas|capacitacion|taller|entrenamiento|evaluacion|riesgo|estadisticas|protocolo|curso|recursos|linea) (?:del|de|de la|sobre el|sobre)? ?suicidio|suicidio (?:en|entre)';

/** Words that mark a message as Spanish even without a risk phrase ("hola, estoy agotada"). */
export const ES_MARKERS =
  '\\b(?:estoy|quiero|puedo|necesito|tengo|siento|hola|gracias|ayuda|mas|pero|porque|para|muy|mi|se|que|ya|la|el|los|las|en|de|con|hoy|dice|dijo)\\b';
