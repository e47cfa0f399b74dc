; The installer's own texts in its six languages (MUI translates the standard pages).
; Norwegian is bokmål; the data folder is %LOCALAPPDATA%\kundereg.

LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktop ${LANG_NORWEGIAN} "Snarvei på skrivebordet"
LangString SecDesktop ${LANG_NORWEGIANNYNORSK} "Snarveg på skrivebordet"
LangString SecDesktop ${LANG_SWEDISH} "Genväg på skrivbordet"
LangString SecDesktop ${LANG_FINNISH} "Pikakuvake työpöydälle"
LangString SecDesktop ${LANG_DANISH} "Genvej på skrivebordet"

LangString SecDeleteRegister ${LANG_ENGLISH} "Delete the customer register"
LangString SecDeleteRegister ${LANG_NORWEGIAN} "Slett kunderegisteret"
LangString SecDeleteRegister ${LANG_NORWEGIANNYNORSK} "Slett kunderegisteret"
LangString SecDeleteRegister ${LANG_SWEDISH} "Radera kundregistret"
LangString SecDeleteRegister ${LANG_FINNISH} "Poista asiakasrekisteri"
LangString SecDeleteRegister ${LANG_DANISH} "Slet kunderegistret"

LangString ExplainDeleteRegister ${LANG_ENGLISH} "The program is removed. The customer register (customers, orders, consents, audit trail, backups and logs in %LOCALAPPDATA%\kundereg) is kept for a later installation unless you tick the box."
LangString ExplainDeleteRegister ${LANG_NORWEGIAN} "Programmet fjernes. Kunderegisteret (kunder, ordrer, samtykker, logg over oppslag, sikkerhetskopier og logger i %LOCALAPPDATA%\kundereg) beholdes til en senere installasjon, med mindre du krysser av i boksen."
LangString ExplainDeleteRegister ${LANG_NORWEGIANNYNORSK} "Programmet vert fjerna. Kunderegisteret (kundar, ordrar, samtykke, logg over oppslag, tryggingskopiar og loggar i %LOCALAPPDATA%\kundereg) vert teke vare på til ein seinare installasjon, med mindre du kryssar av i boksen."
LangString ExplainDeleteRegister ${LANG_SWEDISH} "Programmet tas bort. Kundregistret (kunder, ordrar, samtycken, granskningslogg, säkerhetskopior och loggar i %LOCALAPPDATA%\kundereg) behålls till en senare installation om du inte kryssar i rutan."
LangString ExplainDeleteRegister ${LANG_FINNISH} "Ohjelma poistetaan. Asiakasrekisteri (asiakkaat, tilaukset, suostumukset, tapahtumaloki, varmuuskopiot ja lokit kansiossa %LOCALAPPDATA%\kundereg) säilytetään myöhempää asennusta varten, ellet valitse ruutua."
LangString ExplainDeleteRegister ${LANG_DANISH} "Programmet fjernes. Kunderegistret (kunder, ordrer, samtykker, revisionslog, sikkerhedskopier og logfiler i %LOCALAPPDATA%\kundereg) bevares til en senere installation, medmindre du sætter kryds i feltet."

LangString ConfirmDeleteRegister ${LANG_ENGLISH} "This permanently deletes every customer, order and backup in the register on this PC for this Windows user. Delete the customer register?"
LangString ConfirmDeleteRegister ${LANG_NORWEGIAN} "Dette sletter for godt alle kunder, ordrer og sikkerhetskopier i registeret på denne PC-en for denne Windows-brukeren. Slette kunderegisteret?"
LangString ConfirmDeleteRegister ${LANG_NORWEGIANNYNORSK} "Dette slettar for godt alle kundar, ordrar og tryggingskopiar i registeret på denne PC-en for denne Windows-brukaren. Slette kunderegisteret?"
LangString ConfirmDeleteRegister ${LANG_SWEDISH} "Detta raderar för alltid alla kunder, ordrar och säkerhetskopior i registret på den här datorn för den här Windows-användaren. Radera kundregistret?"
LangString ConfirmDeleteRegister ${LANG_FINNISH} "Tämä poistaa pysyvästi kaikki rekisterin asiakkaat, tilaukset ja varmuuskopiot tältä tietokoneelta tämän Windows-käyttäjän osalta. Poistetaanko asiakasrekisteri?"
LangString ConfirmDeleteRegister ${LANG_DANISH} "Dette sletter permanent alle kunder, ordrer og sikkerhedskopier i registret på denne pc for denne Windows-bruger. Slet kunderegistret?"

LangString KeptRegister ${LANG_ENGLISH} "The customer register was kept."
LangString KeptRegister ${LANG_NORWEGIAN} "Kunderegisteret ble beholdt."
LangString KeptRegister ${LANG_NORWEGIANNYNORSK} "Kunderegisteret vart teke vare på."
LangString KeptRegister ${LANG_SWEDISH} "Kundregistret behölls."
LangString KeptRegister ${LANG_FINNISH} "Asiakasrekisteri säilytettiin."
LangString KeptRegister ${LANG_DANISH} "Kunderegistret blev bevaret."
