extension StoragePhrase {
    /// The phrase in Russian.
    var russian: String {
        switch self {
        case .waitingForLock:
            "ждём другой процесс `otbor`, который пишет в {path}… (не дольше {limit} с; изменить: --wait СЕКУНДЫ или `OTBOR_WAIT`)"
        case .databaseBusy:
            "база {path} занята другим процессом, который в неё пишет; ждали {seconds} с и перестали. Повторите, когда он закончит, подождите дольше с --wait СЕКУНДЫ (или `OTBOR_WAIT`) или найдите этот процесс: `fuser {path}`"
        case .diskFull:
            "не удалось записать {path}: диск заполнен. Освободите на нём место и повторите"
        case .storeRefused:
            "база данных не приняла запрос: {detail}"
        case .badWait:
            "{source} — число секунд от 0 до 86400, например 5 или 0.5, а не «{value}»"
        case .staleRemoved:
            "удалён {path}: незаконченный файл, оставшийся от прерванного запуска `otbor`"
        case .obsoleteReportRemoved:
            "удалён {path}: этого кандидата больше нет в базе"
        case .reportsStillName:
            "в {folder} ещё {files} с именем удалённого кандидата; удалите их с --remove-reports (`otbor report all` потом заново напишет сравнения и оглавление без него):"
        case .reportRemoved:
            "удалён {path}"
        case .erasurePending:
            "удалённый текст ещё лежит на диске в {path} или его журнале `-wal`: его страницы держат читатели, начавшие чтение до удаления (выгрузка в пейджер, отчёт в работе). Другим записям это не мешает. Текст будет затёрт, как только они закончат, при следующем изменении базы или сразу командой `otbor candidates erase --finish`"
        case .erasurePendingReaders:
            "удалённый текст ещё лежит на диске в {path} или его журнале `-wal`: процессы {pids} начали чтение до удаления и держат его страницы (`ps -p {pids}` покажет, что это). Другим записям это не мешает. Текст будет затёрт, как только они закончат, при следующем изменении базы или сразу командой `otbor candidates erase --finish`"
        case .erasureScrubbed:
            "в {path} и его журнале `-wal` не осталось ничего из удалённого"
        case .databaseURLPassword:
            "в адресе базы не должно быть пароля: его видно в списке процессов и в истории оболочки. Укажите его в `PGPASSWORD` или в `~/.pgpass` (строка хост:порт:база:пользователь:пароль, права 0600)"
        case .databaseURLMalformed:
            "«{value}» — не база данных: укажите путь к файлу или адрес вида `postgres://user@host:5432/db`"
        case .databaseURLPort:
            "порт «{value}» в адресе базы — не число от 1 до 65535"
        case .databaseURLSSLMode:
            "`sslmode` «{value}» — не одно из: {accepted}"
        case .databaseURLParameter:
            "параметр «{value}» в адресе базы неизвестен; допустимы `sslmode` и `sslrootcert`"
        case .databaseURLRootCertificate:
            "не удаётся прочитать корневой сертификат «{value}» (`sslrootcert` или `PGSSLROOTCERT`); укажите файл `PEM` центра, подписавшего сертификат сервера"
        case .erasureWaiting:
            "ждём, пока читатели {path} закончат… (не дольше {limit} с; изменить: --wait СЕКУНДЫ или `OTBOR_WAIT`)"
        case .migrationApplied:
            "применена миграция {name}"
        case .migrationsApplied:
            "{path} в актуальном состоянии: миграций — {count}, из них применено сейчас — {applied}"
        case .migrationsCurrent:
            "{path} в актуальном состоянии: миграций — {count}"
        case .migrationPending:
            "ожидает миграция {name}"
        case .migrationsPending:
            "{path}: ожидают {pending} из {count} миграций; ничего не изменено (пробный запуск). `otbor db migrate` без --dry-run применит их"
        case .copyProgress:
            "{table}: скопировано строк — {rows}"
        case .copyChecked:
            "{from} скопирована в {to} одной транзакцией и проверена: в каждой таблице те же строки и тот же хеш содержимого"
        case .copyTableOK:
            "совпадает"
        case .copyTableDiffers:
            "РАСХОДИТСЯ"
        case .copyNotEmpty:
            "{path} не пуста: в ней {rows}. `otbor db copy` копирует только в пустую базу (новый файл или новую базу PostgreSQL, созданную `createdb`); ничего не скопировано"
        case .copyMismatch:
            "копия, прочитанная из {to}, расходится с {from} в таблицах: {tables}; она отменена, {to} осталась как была"
        case .copySameDatabase:
            "--from и --to называют одну и ту же базу {path}; укажите другую"
        }
    }
}
