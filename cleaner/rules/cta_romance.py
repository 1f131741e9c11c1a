"""The French, Spanish, Portuguese and Italian parts of the call-to-action grammar (rule
S005): data only, in the record of :mod:`cleaner.rules.cta_parts`. No rule in it."""

from __future__ import annotations

from cleaner.rules.cta_parts import Parts

FR = Parts(
    please=(r"s'il vous plaît|s'il te plaît|svp|aussi|dès maintenant|maintenant|et|ou|alors",),
    leads=(
        r"si (?:vous|tu) (?:avez|as) (?:\w+ ){0,3}(?:aimé|apprécié)[^,.!?]{0,80},",
        r"si cet article vous a plu,|si (?:vous|tu) (?:voulez|veux|souhaitez) [^,.!?]{0,80},",
        r"pour (?:ne rien (?:manquer|rater|perdre)|rester informée?s?)[^,.!?]{0,80},",
        r"n'oubliez pas de|n'oublie pas de|n'hésitez pas à|n'hésite pas à|"
        r"vous pouvez(?: aussi| également)?|tu peux(?: aussi)?",
    ),
    verbs=(
        r"abonnez-vous|abonne-toi|suivez|suis|partagez|partage|soutenez|soutiens|"
        r"faites un don|fais un don|visitez|rendez-vous|cliquez|clique|inscrivez-vous|"
        r"inscris-toi|rejoignez|rejoins|téléchargez|télécharge|regardez|regarde|écoutez|"
        r"écoute|commentez|lisez|notez|retrouvez|découvrez",
        r"(?:nous |me )?(?:s'abonner|vous abonner|suivre|partager|soutenir|faire un don|"
        r"visiter|cliquer|s'inscrire|vous inscrire|rejoindre|télécharger|regarder|écouter|"
        r"commenter|lire|noter|retrouver|découvrir)",
    ),
    site_verbs=(r"\w*abonn\w*|souten\w*|soutien\w*|\w+ un don|cliqu\w*|\w*inscri\w*|partag\w*",),
    name_verbs=(r"\w*abonn\w*|\w+ un don",),
    fused=(r"(?:nous|me) \S+",),
    pronouns=r"nous|moi",
    after_pronoun=r"et|dès|ici|pour|aussi",
    places=r"sur|à|via",
    possessives=r"notre|nos|mon|ma|mes",
    outlets=(
        r"newsletters?|lettre d'information|chaîne|page|site|blog|podcast|travail|journalisme|"
        r"rédaction|magazine|journal|articles|vidéos|contenus|communauté|application|compte"
    ),
    targets=(
        r"\b(?:cet article|ce (?:billet|post|contenu|podcast|blog|site)|cette (?:page|vidéo|"
        r"émission|newsletter|chaîne))\b",
        r"\b(?:newsletter|lettre d'information|podcast|commentaires?)\b",
    ),
    here=r"\bici\b",
    near=r"\b(?:ci-dessous|ci-dessus)\b",
    media_verbs=(r"regarde\w*|écoute\w*|lisez|lis|lire",),
    closers=(
        r"merci (?:de|pour) (?:votre |ta )?(?:lecture|soutien|fidélité)|merci d'avoir lu",
        r"(?:vous avez|tu as) aimé cet article|cet article vous a plu",
    ),
    you=r"\b(?:vous|tu|te|toi|votre|vos|ton|ta|tes)\b",
    labels=(
        r"s'inscrire|je m'inscris|s'abonner|je m'abonne|inscrivez-vous|abonnez-vous|"
        r"faire un don|je fais un don",
    ),
    contact_verbs=(r"contactez|contacte|écrivez",),
)

ES = Parts(
    please=(r"por favor|también|ahora|ya|y|o",),
    leads=(
        r"si te (?:ha )?(?:gustó|gustado|gusta|interesa)[^,.!?]{0,80},",
        r"si (?:quieres|desea|deseas|quiere) [^,.!?]{0,80},",
        r"para (?:no perderte nada|estar (?:bien )?informad[oa]s?)[^,.!?]{0,80},",
        r"no olvides|no olvide|no dudes en|no dude en|(?:también )?puedes|(?:también )?puede",
    ),
    verbs=(
        r"suscríbete|suscríbase|síguenos|sígueme|siga|sigue|comparte|comparta|apóyanos|apoya|"
        r"apoye|dona|done|visita|visite|visítanos|haz clic|haga clic|pulsa|pincha|"
        r"regístrate|regístrese|únete|únase|descarga|descargue|mira|mire|escucha|escuche|"
        r"comenta|comente|lee|lea|deja|deje|califica|valora|dale me gusta|dale like|"
        r"compártelo|compártela|compártelos|difúndelo|descárgalo|descárgala",
        r"suscribirte|suscribirse|seguirnos|seguir|compartir|apoyarnos|apoyar|donar|"
        r"visitar|visitarnos|hacer clic|registrarte|unirte|descargar|ver|escuchar|comentar|"
        r"leer|dejar",
    ),
    site_verbs=(
        r"suscr\w*|dona\w*|done|apoy\w*|haz clic|haga clic|hacer clic|pulsa|pincha|"
        r"registr\w*|compart\w*",
    ),
    name_verbs=(r"suscr\w*|dona\w*|done",),
    fused=(r"\w+nos|sígueme",),
    pronouns=r"nos|nosotros",
    after_pronoun=r"y|para|aquí|ya|también",
    places=r"en|a",
    possessives=r"nuestr[oa]s?|mis?",
    outlets=(
        r"newsletters?|boletín|canal|página|sitio|web|blog|podcast|trabajo|periodismo|"
        r"redacción|revista|periódico|artículos|videos|vídeos|contenidos|comunidad|app|"
        r"cuenta|perfil"
    ),
    targets=(
        r"\b(?:este (?:artículo|post|contenido|blog|canal|podcast)|esta (?:nota|página|"
        r"noticia))\b",
        r"\b(?:newsletter|boletín|podcast|comentarios?)\b",
    ),
    here=r"\baquí\b",
    near=r"\b(?:abajo|arriba)\b",
    media_verbs=(r"mir[ae]|escuch\w*|ver|lee|lea|leer",),
    closers=(
        r"gracias por (?:leer|tu apoyo|su apoyo|visitarnos)",
        r"¿?te (?:ha )?gust(?:ó|ado) (?:este|esta) (?:artículo|nota)",
    ),
    you=r"\b(?:tú|tu|te|usted|ustedes|vos)\b",
    labels=(r"suscribirse|suscríbete|regístrate|registrarse|únete|dona ahora",),
    contact_verbs=(r"contáctanos|contáctenos|escríbenos|escríbanos",),
)

PT = Parts(
    please=(r"por favor|também|já|agora|e|ou",),
    leads=(
        r"se (?:você )?gostou[^,.!?]{0,80},|se (?:quiser|quer|desejar) [^,.!?]{0,80},",
        r"para (?:não perder nada|ficar por dentro|ficar bem informad[oa])[^,.!?]{0,80},",
        r"não se esqueça de|não esqueça de|não deixe de|(?:você )?(?:também )?pode|podes",
    ),
    verbs=(
        r"assine|inscreva-se|siga|segue|curta|compartilhe|partilhe|partilha|apoie|"
        r"doe|visite|clique|cadastre-se|registe-se|registre-se|junte-se|participe|baixe|"
        r"descarregue|assista|veja|ouça|escute|comente|leia|avalie|subscreva",
        r"(?:nos )?(?:assinar|inscrever-se|se inscrever|seguir|curtir|compartilhar|partilhar|"
        r"apoiar|doar|visitar|clicar|cadastrar-se|se cadastrar|baixar|assistir|ouvir|comentar|"
        r"ler|subscrever)",
    ),
    site_verbs=(
        r"assin\w*|\w*inscre\w*|doa\w*|doe|apoi\w*|cliqu\w*|clicar|cadastr\w*|subscrev\w*",
    ),
    name_verbs=(r"assin\w*|subscrev\w*|doa\w*|doe",),
    fused=(r"nos \S+|fale conosco|entre em contato conosco",),
    pronouns=r"nos|nós",
    after_pronoun=r"e|para|aqui|já|também",
    places=r"no|na|nas|nos|em",
    possessives=r"nosso|nossa|nossos|nossas|meu|minha",
    outlets=(
        r"newsletters?|boletim|canal|página|site|blog|podcast|trabalho|jornalismo|redação|"
        r"revista|jornal|artigos|vídeos|conteúdos|comunidade|app|perfil|conta"
    ),
    targets=(
        r"\b(?:est[ea]|ess[ea]) (?:artigo|post|matéria|página|notícia|canal|podcast|blog)\b",
        r"\b(?:newsletter|boletim|podcast|comentários?)\b",
    ),
    here=r"\baqui\b",
    near=r"\b(?:abaixo|acima)\b",
    media_verbs=(r"assist\w*|veja|ouça|ouvir|escute|leia|ler",),
    closers=(
        r"obrigad[oa] por (?:ler|ter lido|acompanhar)",
        r"gostou (?:deste|desta) (?:artigo|matéria)",
    ),
    you=r"\b(?:você|vocês|tu|te|seu|sua)\b",
    labels=(r"inscreva-se|assine já|assine agora|cadastre-se|doe agora|subscrever|subscreva",),
    contact_verbs=(r"fale conosco|entre em contato conosco",),
)

IT = Parts(
    please=(r"per favore|anche|subito|ora|e|o",),
    leads=(
        r"se (?:ti|vi) (?:è piaciuto|piace|interessa)[^,.!?]{0,80},",
        r"per (?:non perdere|restare aggiornat[oaie]|essere sempre aggiornat[oaie])[^,.!?]{0,80},",
        r"non dimenticare di|non dimenticate di|(?:puoi|potete|può)(?: anche)?",
    ),
    verbs=(
        r"iscriviti|iscrivetevi|abbonati|seguici|seguimi|segui|seguite|condividi|condividete|"
        r"sostienici|sostieni|sostenete|dona|donate|fai una donazione|visita|visitate|"
        r"clicca|cliccate|registrati|unisciti|scarica|scaricate|guarda|guardate|ascolta|"
        r"ascoltate|commenta|commentate|leggi|leggete|vota|metti mi piace|condividilo|"
        r"condividila|scaricalo|scaricala",
        r"iscriverti|abbonarti|seguirci|seguire|condividere|sostenerci|sostenere|donare|"
        r"visitare|cliccare|registrarti|scaricare|guardare|ascoltare|commentare|leggere",
    ),
    site_verbs=(r"iscri\w*|abbon\w*|sosten\w*|sostien\w*|don\w*|clicc\w*|registr\w*|condivid\w*",),
    name_verbs=(r"iscri\w*|abbon\w*|don\w*",),
    fused=(r"seguici|seguimi|sostienici|seguirci|sostenerci|contattaci|scrivici",),
    pronouns=r"ci|noi",
    after_pronoun=r"e|per|qui|anche",
    places=r"su|sul|sulla",
    possessives=r"nostr[oaie]|mio|mia|miei|mie",
    outlets=(
        r"newsletter|canale|pagina|sito|blog|podcast|lavoro|giornalismo|redazione|rivista|"
        r"giornale|articoli|video|contenuti|comunità|app|profilo|account"
    ),
    targets=(
        r"\bquest[oa] (?:articolo|post|blog|pagina|notizia|canale|podcast)\b",
        r"\b(?:newsletter|podcast|commenti)\b",
    ),
    here=r"\b(?:qui|qua)\b",
    near=r"\b(?:sotto|sopra)\b",
    media_verbs=(r"guard\w*|ascolt\w*|legg\w*",),
    closers=(
        r"grazie per (?:aver letto|la lettura|il tuo sostegno)",
        r"ti è piaciuto questo articolo",
    ),
    you=r"\b(?:tu|ti|voi|vi|tuo|tua|vostro|vostra)\b",
    labels=(r"iscriviti|abbonati ora|dona ora|registrati",),
    contact_verbs=(r"contattaci|scrivici",),
)
