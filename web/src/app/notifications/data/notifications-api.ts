import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { apiUrl } from '../../api/api-base';
import { NotificationListResponse } from '../../api/models';

/** The signed-in person's notifications. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<NotificationListResponse> {
    return this.http.get<NotificationListResponse>(apiUrl('/notifications'));
  }

  markRead(notificationId: string): Observable<unknown> {
    return this.http.post(apiUrl(`/notifications/${encodeURIComponent(notificationId)}/read`), {});
  }

  markAllRead(): Observable<unknown> {
    return this.http.post(apiUrl('/notifications/read-all'), {});
  }
}
